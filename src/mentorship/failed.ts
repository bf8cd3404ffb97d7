/**
 * The requirements a mentorship guard can find unmet: the `failed` list of a `guard-failed`
 * refusal. Each names its problem by `code`, with the figures to explain it.
 * @module
 */
import type { Gap } from '../readiness/gap.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { Side } from './vocabulary.js'

/**
 * One unmet requirement of a mentorship event.
 * - `same-person`: mentor and mentee are one person. `unknown-person`: an id not in the organisation.
 * - `reporting-line`: one of the pair manages the other (S2: the mentor is a peer).
 * - `pair-already-open`: the same two people have another mentorship that is not over.
 * - `pair-already-running`: the same two people have another running mentorship.
 * - `mentor-at-capacity`: the mentor's running mentorships already fill `capacity`.
 * - `respond-by-before-proposal`: the answer deadline lies before the proposal.
 * - `already-accepted`, `approval-not-required`, `already-approved`, `respond-by-not-passed`.
 * - `not-a-raise`: `formalise` must raise the formality. `goals-missing`, `plan-missing`,
 *   `mentor-not-ready`: what the target level's policy requires and is not there yet (S15, S16).
 * - `duplicate-goal-id`, `plan-dates-reversed`, `date-in-future`, `unknown-goal`,
 *   `duplicate-progress`, `report-already-submitted`, `no-report-to-review`,
 *   `reports-awaiting-review`: inconsistent accountability data.
 * @example
 * const f: MentorshipFailed = { code: 'mentor-at-capacity', mentorId: 'e11', capacity: 1, load: 1 }
 * @since 0.1.0
 */
export type MentorshipFailed =
  | { readonly code: 'same-person'; readonly employeeId: string }
  | { readonly code: 'unknown-person'; readonly employeeId: string }
  | { readonly code: 'reporting-line'; readonly managerId: string; readonly reportId: string }
  | { readonly code: 'pair-already-open'; readonly mentorshipId: string }
  | { readonly code: 'pair-already-running'; readonly mentorshipId: string }
  | { readonly code: 'mentor-at-capacity'; readonly mentorId: string; readonly capacity: number; readonly load: number }
  | { readonly code: 'respond-by-before-proposal'; readonly respondBy: string; readonly proposedOn: string }
  | { readonly code: 'already-accepted'; readonly side: Side }
  | { readonly code: 'approval-not-required' }
  | { readonly code: 'already-approved' }
  | { readonly code: 'respond-by-not-passed'; readonly respondBy: string }
  | { readonly code: 'not-a-raise'; readonly from: FormalityLevel; readonly to: FormalityLevel }
  | { readonly code: 'goals-missing'; readonly level: FormalityLevel; readonly required: number; readonly actual: number }
  | { readonly code: 'plan-missing'; readonly level: FormalityLevel }
  | { readonly code: 'mentor-not-ready'; readonly level: FormalityLevel; readonly mentorId: string; readonly gaps: readonly Gap[] }
  | { readonly code: 'duplicate-goal-id'; readonly goalId: string }
  | { readonly code: 'plan-dates-reversed'; readonly startDate: string; readonly endDate: string }
  | { readonly code: 'date-in-future'; readonly date: string; readonly on: string }
  | { readonly code: 'unknown-goal'; readonly goalId: string }
  | { readonly code: 'duplicate-progress'; readonly goalId: string }
  | { readonly code: 'report-already-submitted'; readonly period: number }
  | { readonly code: 'no-report-to-review'; readonly period: number }
  | { readonly code: 'reports-awaiting-review'; readonly periods: readonly number[] }

/**
 * The codes of {@link MentorshipFailed}.
 * @example
 * type C = MentorshipFailedCode // 'same-person' | ...
 * @since 0.1.0
 */
export type MentorshipFailedCode = MentorshipFailed['code']
