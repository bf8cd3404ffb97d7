/**
 * Scoring one pair from prepared criteria: the breakdown rows, the violations and the hints. Both
 * `scorePair` and the score matrix build their pair scores here.
 * @module
 */
import type { EmployeeId } from '../model/ids.js'
import type { CriterionRule } from '../programme/programme.js'
import type { MenteeInput, MentorInput, PreparedCriterion, ScoringContext } from './criterion.js'
import { contribution, meetsRequirement, scoreOf, totalWeight } from './formula.js'
import { mergeHints, type Hint } from './hint.js'
import type { BreakdownRow, PairScore, Violation } from './pair-score.js'
import type { BoundRule } from './rules.js'

/**
 * A rule whose criterion is prepared for a list of mentors and mentees.
 * @example
 * const p: PreparedRule = { rule, prepared }
 * @since 0.1.0
 */
export interface PreparedRule {
  readonly rule: CriterionRule
  readonly prepared: PreparedCriterion
}

/**
 * Prepare every bound rule for the same mentors and mentees: per-person facts computed once.
 * @example
 * prepareRules(bound, ctx, mentors, mentees)
 * @since 0.1.0
 */
export const prepareRules = (
  rules: readonly BoundRule[],
  ctx: ScoringContext,
  mentors: readonly MentorInput[],
  mentees: readonly MenteeInput[],
): readonly PreparedRule[] => rules.map((r) => ({ rule: r.rule, prepared: r.bound.prepare(ctx, mentors, mentees) }))

/**
 * What the programme says about a pair besides its criteria.
 * @example
 * const s: PairStanding = { mentorId: e1, menteeId: e5, inPool: true, forbidden: false, existing: false }
 * @since 0.1.0
 */
export interface PairStanding {
  readonly mentorId: EmployeeId
  readonly menteeId: EmployeeId
  readonly inPool: boolean
  readonly forbidden: boolean
  /** The pair already runs (the programme's `existing` pairs): it is not proposed again. */
  readonly existing: boolean
}

const rowsOf = (rules: readonly PreparedRule[], i: number, j: number): readonly BreakdownRow[] => {
  const total = totalWeight(rules.map((r) => r.rule))
  return rules.map(({ rule, prepared }) => {
    const { raw, reason } = prepared.evaluate(i, j)
    return {
      criterion: rule.criterion,
      mode: rule.mode,
      weight: rule.weight,
      raw,
      contribution: contribution(rule.mode, rule.weight, raw, total),
      reason,
    }
  })
}

/**
 * The score of mentor `i` and mentee `j` of the prepared lists.
 * @example
 * pairScoreOf(prepared, 0, 0, { mentorId: e1, menteeId: e5, inPool: true, forbidden: false, existing: false })
 * @since 0.1.0
 */
export const pairScoreOf = (rules: readonly PreparedRule[], i: number, j: number, standing: PairStanding): PairScore => {
  const { mentorId, menteeId } = standing
  const breakdown = rowsOf(rules, i, j)
  const violations: Violation[] = []
  const hints: Hint[] = []
  if (!standing.inPool) {
    violations.push({ code: 'not-in-mentor-pool', mentorId })
    hints.push({ code: 'add-mentor', employeeId: mentorId })
  }
  if (standing.forbidden) {
    violations.push({ code: 'forbidden', mentorId, menteeId })
    hints.push({ code: 'remove-forbidden', mentorId, menteeId })
  }
  if (standing.existing) violations.push({ code: 'already-paired', mentorId, menteeId })
  rules.forEach(({ rule, prepared }, r) => {
    const raw = breakdown[r]?.raw ?? 0
    if (rule.mode !== 'require' || meetsRequirement(raw)) return
    const fix = prepared.hints(i, j)
    violations.push({ code: 'requirement-unmet', criterion: rule.criterion, raw, fixable: fix.length > 0 })
    hints.push(...fix)
  })
  if (violations.length > 0) {
    return { eligible: false, mentorId, menteeId, violations, hints: mergeHints(hints), breakdown }
  }
  const score = scoreOf(
    breakdown.map((row) => row.contribution),
    totalWeight(breakdown),
  )
  return { eligible: true, mentorId, menteeId, score, breakdown }
}
