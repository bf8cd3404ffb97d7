/**
 * The states of a mentorship (CONTRACT §8): a discriminated union on `status` in which every state
 * carries only what it means. An informal pair is `observed` and then `encouraged` by the manager
 * (S13); a proposed pair waits for both acceptances (and the manager's approval where the policy
 * asks for it) and is `accepted`, `declined` or `expired`; a started pair is `active` or `paused`
 * with its accountability record (S16), and finally `completed` or `ended` early.
 * @module
 */
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { Accountability, Stamp } from './record.js'
import type { EndReason, MentorshipStatus, Side } from './vocabulary.js'

/**
 * What every state carries: the mentorship's id, the pair, the formality level it runs at, and the
 * number (`seq`) and moment (`updatedAt`) of the last event applied: the next event must have
 * `seq + 1` and a moment not before `updatedAt`.
 * @example
 * const p: PairCore = { mentorshipId: 'm1', mentorId: e1, menteeId: e5,
 *   formality: 'spontaneous', seq: 1, updatedAt: '2026-02-02' }
 * @since 0.1.0
 */
export interface PairCore {
  readonly mentorshipId: string
  readonly mentorId: EmployeeId
  readonly menteeId: EmployeeId
  readonly formality: FormalityLevel
  readonly seq: number
  readonly updatedAt: string
}

/**
 * A proposal (by a manager or HR): its moment, the date by which both must answer (`respondBy`,
 * from the event or `responseDays` of the policy after the proposal), and whether the manager's
 * approval is needed too (the policy's `managerApproval` at the time of the proposal).
 * @example
 * const p: Proposal = { by: e0, role: 'manager', at: '2026-03-01', respondBy: date, approvalRequired: false }
 * @since 0.1.0
 */
export interface Proposal extends Stamp {
  readonly role: 'manager' | 'hr'
  readonly respondBy: IsoDate
  readonly approvalRequired: boolean
}

/**
 * The moments at which each side accepted, `null` while they have not.
 * @example
 * const a: Acceptances = { mentor: '2026-03-02', mentee: null }
 * @since 0.1.0
 */
export type Acceptances = { readonly [S in Side]: string | null }

/**
 * How a running mentorship came about: noticed and encouraged by the manager (S13), or proposed
 * and accepted by both (S14).
 * @example
 * const o: Origin = { kind: 'informal', observed: stamp, encouraged: { by: e0, at: '2026-03-09' } }
 * @since 0.1.0
 */
export type Origin =
  | { readonly kind: 'informal'; readonly observed: Stamp; readonly encouraged: Stamp }
  | {
      readonly kind: 'proposed'
      readonly proposal: Proposal
      readonly acceptances: { readonly [S in Side]: string }
      readonly approval: Stamp | null
    }

/**
 * What a started mentorship carries: how it came about, who started it and when, and its
 * accountability record.
 * @example
 * const r: Running = {
 *   origin: { kind: 'informal', observed: stamp, encouraged: { by: e0, at: '2026-03-09' } },
 *   started: { by: e0, at: '2026-03-10', role: 'manager' },
 *   record: EMPTY_RECORD,
 * }
 * @since 0.1.0
 */
export interface Running {
  readonly origin: Origin
  readonly started: Stamp & { readonly role: 'manager' | 'hr' }
  readonly record: Accountability
}

/**
 * A pause in progress.
 * @example
 * const p: CurrentPause = { by: e5, at: '2026-05-01', reason: 'holiday' }
 * @since 0.1.0
 */
export interface CurrentPause extends Stamp {
  readonly reason: string | null
}

/**
 * How a mentorship ended early: who, when, why, and in which status it was.
 * @example
 * const e: Ending = { by: e1, at: '2026-06-01', role: 'mentor', reason: 'workload', from: 'active' }
 * @since 0.1.0
 */
export interface Ending extends Stamp {
  readonly role: 'manager' | 'mentor' | 'mentee'
  readonly reason: EndReason
  readonly from: MentorshipStatus
}

/**
 * A mentorship in one of its ten states.
 * - `observed`: the manager noticed informal coaching (formality `spontaneous`); encouraging it is
 *   the manager's next action (S13).
 * - `encouraged`: the manager encouraged it (formality `encouraged`); it may be started as a
 *   running mentorship.
 * - `proposed`: waiting for `acceptances` (and `approval` when `proposal.approvalRequired`).
 * - `accepted`: both accepted (and approved where required): ready to start.
 * - `declined`: one side declined (final). `expired`: nobody answered in time (final).
 * - `active` / `paused`: running, with the accountability record.
 * - `completed`: finished as planned, record kept. `ended`: stopped early with a reason; `record`
 *   is `null` when it never started.
 * @example
 * const s: MentorshipState = { status: 'observed', mentorshipId: 'm1', mentorId: e1,
 *   menteeId: e5, formality: 'spontaneous', seq: 1, updatedAt: '2026-02-02', observed: stamp }
 * @since 0.1.0
 */
export type MentorshipState =
  | (PairCore & { readonly status: 'observed'; readonly formality: 'spontaneous'; readonly observed: Stamp })
  | (PairCore & { readonly status: 'encouraged'; readonly formality: 'encouraged'; readonly observed: Stamp; readonly encouraged: Stamp })
  | (PairCore & { readonly status: 'proposed'; readonly proposal: Proposal; readonly acceptances: Acceptances; readonly approval: Stamp | null })
  | (PairCore & {
      readonly status: 'accepted'
      readonly proposal: Proposal
      readonly acceptances: { readonly [S in Side]: string }
      readonly approval: Stamp | null
    })
  | (PairCore & {
      readonly status: 'declined'
      readonly proposal: Proposal
      readonly acceptances: Acceptances
      readonly declined: Stamp & { readonly side: Side }
    })
  | (PairCore & { readonly status: 'expired'; readonly proposal: Proposal; readonly acceptances: Acceptances; readonly expiredAt: string })
  | (PairCore & Running & { readonly status: 'active' })
  | (PairCore & Running & { readonly status: 'paused'; readonly pause: CurrentPause })
  | (PairCore & Running & { readonly status: 'completed'; readonly completed: Stamp })
  | (PairCore & { readonly status: 'ended'; readonly ended: Ending; readonly record: Accountability | null })

/**
 * The state of a mentorship with status `K`.
 * @example
 * type Active = MentorshipStateOf<'active'>
 * @since 0.1.0
 */
export type MentorshipStateOf<K extends MentorshipStatus> = Extract<MentorshipState, { readonly status: K }>

/**
 * The states that carry an accountability record: started and not ended early.
 * @example
 * const r: RunningState = { status: 'active', mentorshipId: 'm1', mentorId: e1, menteeId: e5,
 *   formality: 'encouraged', seq: 3, updatedAt: '2026-03-10',
 *   origin: { kind: 'informal', observed: stamp, encouraged: { by: e0, at: '2026-03-09' } },
 *   started: { by: e0, at: '2026-03-10', role: 'manager' }, record: EMPTY_RECORD }
 * @since 0.1.0
 */
export type RunningState = MentorshipStateOf<'active' | 'paused' | 'completed'>

/**
 * The statuses in which a pair counts as running: they use the mentor's capacity and block a second
 * running mentorship of the same two people.
 * @example
 * RUNNING_STATUSES.includes('paused') // true
 * @since 0.1.0
 */
export const RUNNING_STATUSES = ['active', 'paused'] as const satisfies readonly MentorshipStatus[]

/**
 * The statuses after which nothing more happens to the pair's relationship (`completed` still takes
 * late outcome measurements).
 * @example
 * FINAL_STATUSES.includes('declined') // true
 * @since 0.1.0
 */
export const FINAL_STATUSES = ['declined', 'expired', 'completed', 'ended'] as const satisfies readonly MentorshipStatus[]
