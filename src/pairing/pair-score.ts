/**
 * The result of scoring one pair (CONTRACT section 4), and why scoring can fail.
 * @module
 */
import type { Issue } from '../errors/issue.js'
import type { EmployeeId } from '../model/ids.js'
import type { UnknownEmployee } from '../model/lookup.js'
import type { Mode } from '../programme/programme.js'
import type { Hint } from './hint.js'

/**
 * One row of a pair's breakdown: a criterion, how it counts, its `raw` judgement in [0, 1], its
 * `contribution` to the score, and the reason as data (per criterion, see `docs/criteria.md`).
 * @example
 * const row: BreakdownRow = { criterion: 'same-team', mode: 'prefer', weight: 2, raw: 1, contribution: 0.25,
 *   reason: { mentorTeam: 'payments', menteeTeam: 'payments' } }
 * @since 0.1.0
 */
export interface BreakdownRow {
  readonly criterion: string
  readonly mode: Mode
  readonly weight: number
  readonly raw: number
  readonly contribution: number
  readonly reason: Readonly<Record<string, unknown>>
}

/**
 * What keeps a pair apart: the pair is `forbidden` by the programme, it already runs
 * (`already-paired`: one of the programme's `existing` pairs, never proposed again), the mentor is not among the
 * programme's mentors, or a `require` criterion is not met (`fixable` is false when no change to
 * the programme or the people can lift it: a reporting line).
 * @example
 * const v: Violation = { code: 'requirement-unmet', criterion: 'mentor-ready', raw: 0, fixable: true }
 * @since 0.1.0
 */
export type Violation =
  | { readonly code: 'forbidden'; readonly mentorId: EmployeeId; readonly menteeId: EmployeeId }
  | { readonly code: 'already-paired'; readonly mentorId: EmployeeId; readonly menteeId: EmployeeId }
  | { readonly code: 'not-in-mentor-pool'; readonly mentorId: EmployeeId }
  | { readonly code: 'requirement-unmet'; readonly criterion: string; readonly raw: number; readonly fixable: boolean }

/**
 * The score of a pair. An eligible pair has a `score` in [0, 1] equal to the sum of its rows'
 * contributions (1 when the total weight is 0). An ineligible one has its `violations` and the
 * `hints`: the smallest changes that together make it eligible, when every violation is fixable.
 * @example
 * const s: PairScore = { eligible: true, mentorId: e1, menteeId: e5, score: 0.8, breakdown: [] }
 * @since 0.1.0
 */
export type PairScore =
  | {
      readonly eligible: true
      readonly mentorId: EmployeeId
      readonly menteeId: EmployeeId
      readonly score: number
      readonly breakdown: readonly BreakdownRow[]
    }
  | {
      readonly eligible: false
      readonly mentorId: EmployeeId
      readonly menteeId: EmployeeId
      readonly violations: readonly Violation[]
      readonly hints: readonly Hint[]
      readonly breakdown: readonly BreakdownRow[]
    }

/**
 * The employee asked about is not a mentee of the programme.
 * @example
 * const e: NotAMentee = { code: 'not-a-mentee', id: 'e3', message: 'Employee e3 is not a mentee of this programme.' }
 * @since 0.1.0
 */
export interface NotAMentee {
  readonly code: 'not-a-mentee'
  readonly id: string
  readonly message: string
}

/**
 * Mentor and mentee are the same person.
 * @example
 * const e: SameEmployee = { code: 'same-employee', id: 'e3', message: 'Employee e3 cannot mentor themself.' }
 * @since 0.1.0
 */
export interface SameEmployee {
  readonly code: 'same-employee'
  readonly id: string
  readonly message: string
}

/**
 * The scoring date or the programme's criteria are not valid (a programme built by hand rather
 * than parsed): every problem, with its path.
 * @example
 * const e: InvalidScoringInput = { code: 'invalid-scoring-input', issues: [] }
 * @since 0.1.0
 */
export interface InvalidScoringInput {
  readonly code: 'invalid-scoring-input'
  readonly issues: readonly Issue[]
}

/**
 * Why a pair or a programme could not be scored.
 * @example
 * const e: ScoreError = { code: 'unknown-employee', id: 'e99', message: 'No employee with id e99 in the organisation.' }
 * @since 0.1.0
 */
export type ScoreError = UnknownEmployee | NotAMentee | SameEmployee | InvalidScoringInput
