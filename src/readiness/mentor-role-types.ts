/**
 * The data of the mentor-role machine: its states, events, context and failed requirements.
 * A person goes from not asked, through interest (S12), encouragement (S10) and training (S17), to
 * a manager's approval, and then takes on mentees up to their capacity.
 * @module
 */
import type { EmployeeId } from '../model/ids.js'
import type { InterestSource, MentorInterest, Organisation, Training } from '../model/organisation.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import type { Gap } from './gap.js'
import type { ReadinessError } from './readiness.js'

/**
 * What every state carries: whose role it is, the moment of the last change (`null` before any
 * event), the interest as last recorded, and the trainings completed in this machine (they count
 * for approval together with the organisation's records).
 * @example
 * const p: MentorRoleProfile = { employeeId: e1, since: null, interest: null, trainings: [] }
 * @since 0.1.0
 */
export interface MentorRoleProfile {
  readonly employeeId: EmployeeId
  readonly since: string | null
  readonly interest: MentorInterest | null
  readonly trainings: readonly Training[]
}

/**
 * A recorded interest that says yes (or, as `Interest<false>`, no).
 * @example
 * const yes: Interest<true> = { interested: true, source: 'self', recordedOn: date }
 * @since 0.1.0
 */
export type Interest<B extends boolean> = MentorInterest & { readonly interested: B }

/**
 * The manager's encouragement (S10).
 * @example
 * const e: Encouragement = { by: e0, on: '2026-03-01' }
 * @since 0.1.0
 */
export interface Encouragement {
  readonly by: EmployeeId
  readonly on: string
}

/**
 * The manager's approval, at the level of the policy it was judged by.
 * @example
 * const a: Approval = { by: e0, on: '2026-03-01', level: 'formal' }
 * @since 0.1.0
 */
export interface Approval {
  readonly by: EmployeeId
  readonly on: string
  readonly level: FormalityLevel
}

/**
 * An approved mentor: approval, capacity and the mentees taken on.
 * @example
 * const m: Mentoring = { approval: { by: e0, on: '2026-03-01', level: 'formal' }, capacity: 2, mentees: [e5] }
 * @since 0.1.0
 */
export interface Mentoring {
  readonly approval: Approval
  readonly capacity: number
  readonly mentees: readonly EmployeeId[]
}

/**
 * Someone considered for the role: interested, or encouraged.
 * @example
 * const c: Candidate = { status: 'encouraged', employeeId: e1, since: '2026-03-01', interest: null, trainings: [],
 *   encouragement: { by: e0, on: '2026-03-01' } }
 * @since 0.1.0
 */
export type Candidate = Extract<MentorRoleState, { readonly status: 'interested' | 'encouraged' }>

/**
 * The states of the mentor role. A field exists only where it means something: `ready` has no
 * mentees, `active` has at least one and fewer than its capacity, `full` as many as its capacity.
 * @example
 * const s: MentorRoleState = { status: 'not-asked', employeeId: e1, since: null, interest: null, trainings: [] }
 * @since 0.1.0
 */
export type MentorRoleState =
  | (MentorRoleProfile & { readonly status: 'not-asked'; readonly since: null; readonly interest: null })
  | (MentorRoleProfile & { readonly status: 'interested'; readonly interest: Interest<true> })
  | (MentorRoleProfile & { readonly status: 'not-interested'; readonly interest: Interest<false> })
  | (MentorRoleProfile & { readonly status: 'encouraged'; readonly encouragement: Encouragement })
  | (MentorRoleProfile & {
      readonly status: 'in-training'
      readonly training: { readonly kind: string; readonly startedOn: string }
      /** Where completing the training returns to. */
      readonly candidate: Candidate
    })
  | (MentorRoleProfile & { readonly status: 'ready'; readonly approval: Approval; readonly capacity: number })
  | (MentorRoleProfile & Mentoring & { readonly status: 'active' })
  | (MentorRoleProfile & Mentoring & { readonly status: 'full' })
  | (MentorRoleProfile & Mentoring & { readonly status: 'paused'; readonly reason: string | null })
  | (MentorRoleProfile & { readonly status: 'withdrawn'; readonly reason: string | null })

/**
 * The events of the mentor role; `at` (an ISO date or date-time) is when it happened.
 * - `record-interest`: what the person said and where (S12): by their manager for the sources
 *   `goal-setting`, `performance-review` and `manager`, by the person themself for `self`;
 * - `encourage`: the manager invites them to mentor (S10);
 * - `start-training` (of `kind`, default the policy's), `complete-training` (S17);
 * - `approve`: the manager approves them as mentor, with `capacity` (default their `mentorCapacity`);
 * - `take-on-mentee`, `release-mentee`; `pause`, `resume`, `withdraw`.
 * @example
 * const e: MentorRoleEvent = { type: 'record-interest', at: '2026-02-01', source: 'performance-review', interested: true }
 * @since 0.1.0
 */
export type MentorRoleEvent =
  | { readonly type: 'record-interest'; readonly at: string; readonly source: InterestSource; readonly interested: boolean }
  | { readonly type: 'encourage'; readonly at: string }
  | { readonly type: 'start-training'; readonly at: string; readonly kind?: string }
  | { readonly type: 'complete-training'; readonly at: string }
  | { readonly type: 'approve'; readonly at: string; readonly capacity?: number }
  | { readonly type: 'take-on-mentee'; readonly at: string; readonly menteeId: string }
  | { readonly type: 'release-mentee'; readonly at: string; readonly menteeId: string }
  | { readonly type: 'pause'; readonly at: string; readonly reason?: string }
  | { readonly type: 'resume'; readonly at: string }
  | { readonly type: 'withdraw'; readonly at: string; readonly reason?: string }

/**
 * What the caller passes in: the organisation (reporting lines, records), the programme's policy
 * (approval judges readiness by it), and `asOf`, the day `allowedEvents` judges guards on
 * (default: the day of the last change). `transition` takes its time from the event.
 * @example
 * const ctx: MentorRoleContext = { org, policy: defaultPolicy('formal'), asOf: '2026-11-01' }
 * @since 0.1.0
 */
export interface MentorRoleContext {
  readonly org: Organisation
  readonly policy: ProgrammePolicy
  readonly asOf?: string
}

/**
 * A requirement the mentor-role guards found unmet: a readiness gap (approval, capacity), a
 * readiness error (unknown person, invalid date), or one of the machine's own.
 * @example
 * const r: MentorRoleRequirement = { code: 'mentee-already-assigned', menteeId: 'e5' }
 * @since 0.1.0
 */
export type MentorRoleRequirement =
  | Gap
  | ReadinessError
  | { readonly code: 'mentee-already-assigned'; readonly menteeId: string }
  | { readonly code: 'mentee-not-assigned'; readonly menteeId: string }
  | { readonly code: 'mentor-is-mentee'; readonly employeeId: string }
  | { readonly code: 'mentor-has-mentees'; readonly count: number }
  | { readonly code: 'invalid-moment'; readonly value: string }

/**
 * The type bundle of the mentor-role machine, for the machine core.
 * @example
 * type S = Status<MentorRoleTypes> // 'not-asked' | 'interested' | ...
 * @since 0.1.0
 */
export interface MentorRoleTypes {
  readonly state: MentorRoleState
  readonly event: MentorRoleEvent
  readonly ctx: MentorRoleContext
  readonly failed: MentorRoleRequirement
}
