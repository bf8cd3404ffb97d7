/**
 * The checks that need the whole programme: locked pairs within the mentors' capacity, and locked
 * pairs that meet every `require` criterion.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import { prepareRules } from '../pairing/breakdown.js'
import { existingLoads, menteeInput, mentorInput, scoringContext } from '../pairing/context.js'
import { meetsRequirement } from '../pairing/formula.js'
import { bindRule, effectiveRules, type BoundRule } from '../pairing/rules.js'
import type { At } from './programme-parts.js'
import type { Programme } from './programme.js'

type Located = At<{ readonly mentorId: string; readonly menteeId: string }>

/** Walk `existing`, then `locked`: the first pair of each mentor that goes beyond their capacity. */
const capacityIssues = (org: Organisation, existing: readonly Located[], locked: readonly Located[]): readonly Issue[] => {
  const counts = new Map<string, { existing: number; locked: number }>()
  const over = new Map<string, readonly (string | number)[]>()
  const walk = (list: 'existing' | 'locked', pairs: readonly Located[]): void => {
    for (const { value, index } of pairs) {
      const c = counts.get(value.mentorId) ?? { existing: 0, locked: 0 }
      c[list] += 1
      counts.set(value.mentorId, c)
      const capacity = org.index.employeeById.get(value.mentorId as EmployeeId)?.mentorCapacity ?? Infinity
      if (c.existing + c.locked > capacity && !over.has(value.mentorId)) over.set(value.mentorId, [list, index])
    }
  }
  walk('existing', existing)
  walk('locked', locked)
  return [...over].map(([mentorId, path]) => {
    const c = counts.get(mentorId) ?? { existing: 0, locked: 0 }
    const capacity = org.index.employeeById.get(mentorId as EmployeeId)?.mentorCapacity ?? 0
    return issue('over-capacity', path, { mentorId, capacity, ...c })
  })
}

/** The rules of the programme that bind (the others are reported already). */
const boundRules = (programme: Programme): readonly BoundRule[] =>
  effectiveRules(programme).flatMap(({ rule }) => {
    const b = bindRule(rule, undefined, programme.customCriteria)
    return E.isRight(b) ? [b.right] : []
  })

const requirementIssues = (org: Organisation, programme: Programme, locked: readonly Located[]): readonly Issue[] => {
  const rules = boundRules(programme).filter((r) => r.rule.mode === 'require')
  const ctx = scoringContext(org, programme, programme.asOf)
  const loads = existingLoads(programme)
  return locked.flatMap(({ value, index }) => {
    const mentor = org.index.employeeById.get(value.mentorId as EmployeeId)
    const mentee = org.index.employeeById.get(value.menteeId as EmployeeId)
    const request = programme.mentees.find((m) => m.employeeId === value.menteeId)
    if (mentor === undefined || mentee === undefined || request === undefined || mentor.id === mentee.id) return []
    const prepared = prepareRules(rules, ctx, [mentorInput(mentor, loads)], [menteeInput(mentee, request)])
    return prepared
      .filter((r) => !meetsRequirement(r.prepared.evaluate(0, 0).raw))
      .map((r) => issue('locked-breaks-requirement', ['locked', index], { ...value, criterion: r.rule.criterion }))
  })
}

/**
 * Every problem of the locked pairs of a built programme; `locked` and `existing` carry their
 * indices in the input.
 * @internal
 */
export const lockedPairIssues = (
  org: Organisation,
  programme: Programme,
  locked: readonly Located[],
  existing: readonly Located[],
): readonly Issue[] => [...capacityIssues(org, existing, locked), ...requirementIssues(org, programme, locked)]
