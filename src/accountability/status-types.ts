/**
 * The result of {@link accountabilityStatus}: what is due and overdue for one mentorship on one
 * day, and who must do what by when (S13, S16, S17). Everything is data; `explainAccountability`
 * renders it for a manager.
 * @module
 */
import type { Issue } from '../errors/issue.js'
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { GoalStatus, MentorshipStatus } from '../mentorship/vocabulary.js'
import type { DueState } from './due.js'

/**
 * A progress report the mentor owes for reporting period `period` (S16): `due` up to and including
 * `dueOn`, `overdue` from the day after. Only unsubmitted periods that have begun are listed.
 * @example
 * const r: ReportDue = { period: 1, from: date, dueOn: addDays(date, 42), state: 'due', daysOverdue: 0 }
 * @since 0.1.0
 */
export interface ReportDue {
  readonly period: number
  readonly from: IsoDate
  readonly dueOn: IsoDate
  readonly state: DueState
  readonly daysOverdue: number
}

/**
 * A submitted report that waits for the manager's review, due `reviewWithinDays` days after the
 * day it was submitted.
 * @example
 * const r: ReviewPending = { period: 1, submittedOn: date, dueOn: addDays(date, 14), state: 'due', daysOverdue: 0 }
 * @since 0.1.0
 */
export interface ReviewPending {
  readonly period: number
  readonly submittedOn: IsoDate
  readonly dueOn: IsoDate
  readonly state: DueState
  readonly daysOverdue: number
}

/**
 * A report the manager reviewed with `follow-up`: the mentor follows up (and may submit the
 * period again).
 * @example
 * const f: FollowUp = { period: 1, reviewedOn: date }
 * @since 0.1.0
 */
export interface FollowUp {
  readonly period: number
  readonly reviewedOn: IsoDate
}

/**
 * Sessions against the agreed plan: one session per `cadenceWeeks` weeks from the plan's start,
 * paused days not counted. `expected` counts the rhythm intervals that ended before today (the
 * session of an interval is due on its last day); `behind` is `expected - logged` when positive.
 * `nextDueOn` is the last day of the first interval without its session (`null` after the plan's end).
 * @example
 * const s: SessionProgress = { cadenceWeeks: 2, expected: 3, logged: 2, behind: 1, nextDueOn: date }
 * @since 0.1.0
 */
export interface SessionProgress {
  readonly cadenceWeeks: number
  readonly expected: number
  readonly logged: number
  readonly behind: number
  readonly nextDueOn: IsoDate | null
}

/**
 * Why a goal is at risk: the last report called it at risk, its target date is within the warning
 * window (`target-near`: from `goalWarningDays` days before up to and including the date), or it
 * has passed (`target-passed`: from the day after) while the goal is not achieved or dropped.
 * @example
 * const r: GoalRisk = 'target-passed'
 * @since 0.1.0
 */
export type GoalRisk = 'reported-at-risk' | 'target-near' | 'target-passed'

/**
 * A goal at risk, with every reason that applies.
 * @example
 * const g: GoalAtRisk = { goalId: 'g1', targetDate: date, status: 'at-risk', reasons: ['reported-at-risk'] }
 * @since 0.1.0
 */
export interface GoalAtRisk {
  readonly goalId: string
  readonly targetDate: IsoDate
  readonly status: GoalStatus
  readonly reasons: readonly GoalRisk[]
}

/**
 * The next guidance check-in of the manager with the mentor (S17): due `cadenceWeeks` weeks after
 * the last check-in, the start, or the last resumption, whichever is latest (`from`).
 * @example
 * const c: CheckInDue = { lastOn: null, from: date, dueOn: addDays(date, 56), state: 'due', daysOverdue: 0 }
 * @since 0.1.0
 */
export interface CheckInDue {
  readonly lastOn: IsoDate | null
  readonly from: IsoDate
  readonly dueOn: IsoDate
  readonly state: DueState
  readonly daysOverdue: number
}

/**
 * Whether an active pair has stalled: no session for more than `afterDays` days since `since` (the
 * last session, the start or the last resumption, whichever is latest). A pair is stalled from
 * `stalledFrom` = `since + afterDays + 1` days: on day `since + afterDays` it is not stalled yet.
 * @example
 * const s: Stalled = { lastSessionOn: date, since: date, afterDays: 21,
 *   stalledFrom: addDays(date, 22), days: 30 }
 * @since 0.1.0
 */
export interface Stalled {
  readonly lastSessionOn: IsoDate | null
  readonly since: IsoDate
  readonly afterDays: number
  readonly stalledFrom: IsoDate
  /** Days since `since`. */
  readonly days: number
}

/**
 * Something a proposed pair still waits for: an answer of one side, or the manager's approval.
 * `overdue` from the day after `respondBy` (the proposal can then be expired).
 * @example
 * const w: AwaitedAnswer = { from: 'mentee', employeeId: e5, respondBy: date, state: 'due' }
 * @since 0.1.0
 */
export interface AwaitedAnswer {
  readonly from: 'mentor' | 'mentee' | 'manager'
  readonly employeeId: EmployeeId | null
  readonly respondBy: IsoDate
  readonly state: DueState
}

/**
 * What a next action asks.
 * @example
 * ACTION_KINDS.includes('encourage-pair') // true
 * @since 0.1.0
 */
export const ACTION_KINDS = [
  'encourage-pair',
  'answer-proposal',
  'approve-proposal',
  'expire-proposal',
  'start-mentorship',
  'set-goals',
  'set-plan',
  'hold-session',
  'submit-report',
  'follow-up-report',
  'review-report',
  'hold-check-in',
  'address-goal',
] as const

/**
 * One of {@link ACTION_KINDS}.
 * @example
 * const k: ActionKind = 'review-report'
 * @since 0.1.0
 */
export type ActionKind = (typeof ACTION_KINDS)[number]

/**
 * Who must act: a role and, where the state tells, the person. `employeeId` is `null` for the
 * system, and for a manager the state does not name (`programmeReport` fills in the line manager).
 * @example
 * const w: ActionOwner = { role: 'manager', employeeId: e0 }
 * @since 0.1.0
 */
export interface ActionOwner {
  readonly role: 'manager' | 'mentor' | 'mentee' | 'hr' | 'system'
  readonly employeeId: EmployeeId | null
}

/**
 * A next action: who must do what, by when. `by` is `null` for what has no deadline (do it soon);
 * `state` is `open` then, else `due` up to and including `by` and `overdue` from the day after.
 * `period` names the report and `goalId` the goal where the action is about one.
 * @example
 * const a: NextAction = { kind: 'encourage-pair', who: { role: 'manager', employeeId: e0 }, by: null, state: 'open' }
 * @since 0.1.0
 */
export interface NextAction {
  readonly kind: ActionKind
  readonly who: ActionOwner
  readonly by: IsoDate | null
  readonly state: DueState | 'open'
  readonly period?: number
  readonly goalId?: string
}

/**
 * How a pair stands overall:
 * - `overdue`: a report, review, check-in or proposal answer is overdue;
 * - `attention`: nothing overdue, but the pair stalled, is behind its plan, has goals at risk, a
 *   follow-up, required goals or plan missing, or waits for the manager (an observed pair not yet
 *   encouraged, an accepted pair not yet started);
 * - `on-track`: none of these; `closed`: declined, expired, completed or ended.
 * @example
 * HEALTHS // ['on-track', 'attention', 'overdue', 'closed']
 * @since 0.1.0
 */
export const HEALTHS = ['on-track', 'attention', 'overdue', 'closed'] as const

/**
 * One of {@link HEALTHS}.
 * @example
 * const h: Health = 'attention'
 * @since 0.1.0
 */
export type Health = (typeof HEALTHS)[number]

/**
 * The accountability status of one mentorship on day `asOf`. Lists are empty and single items
 * `null` where they do not apply (a pair that has not started has no reports; reports are only
 * expected where the policy requires or advises them).
 * @example
 * const s: AccountabilityStatus = { mentorshipId: 'm1', mentorId: e1, menteeId: e5, status: 'observed',
 *   formality: 'spontaneous', asOf: date, health: 'attention', reports: [], reviewsPending: [], followUps: [],
 *   sessions: null, goalsAtRisk: [], checkIn: null, stalled: null, awaiting: [], missing: [],
 *   nextActions: [{ kind: 'encourage-pair', who: { role: 'manager', employeeId: e0 }, by: null, state: 'open' }] }
 * @since 0.1.0
 */
export interface AccountabilityStatus {
  readonly mentorshipId: string
  readonly mentorId: EmployeeId
  readonly menteeId: EmployeeId
  readonly status: MentorshipStatus
  readonly formality: FormalityLevel
  readonly asOf: IsoDate
  readonly health: Health
  readonly reports: readonly ReportDue[]
  readonly reviewsPending: readonly ReviewPending[]
  readonly followUps: readonly FollowUp[]
  readonly sessions: SessionProgress | null
  readonly goalsAtRisk: readonly GoalAtRisk[]
  readonly checkIn: CheckInDue | null
  readonly stalled: Stalled | null
  readonly awaiting: readonly AwaitedAnswer[]
  /** What the policy requires or advises and the pair has not set yet. */
  readonly missing: readonly ('goals' | 'plan')[]
  readonly nextActions: readonly NextAction[]
}

/**
 * Tuning of {@link accountabilityStatus} beyond the policy.
 * - `reviewWithinDays`: days the manager has to review a submitted report (default 14).
 * - `goalWarningDays`: how many days before its target date a goal counts as near (default 14).
 * @example
 * const o: AccountabilityOptions = { reviewWithinDays: 7 }
 * @since 0.1.0
 */
export interface AccountabilityOptions {
  readonly reviewWithinDays?: number
  readonly goalWarningDays?: number
}

/**
 * The day (`now`) or an option is not valid: every problem with its path (`['now']`,
 * `['options', 'reviewWithinDays']`, ...).
 * @example
 * const e: InvalidAccountabilityInput = { code: 'invalid-accountability-input',
 *   issues: [{ code: 'accountability-invalid-date', path: ['now'], params: { value: '"2026-02-30"' },
 *     message: 'The day "2026-02-30" is not a real calendar date (YYYY-MM-DD) or date-time with an offset.' }] }
 * @since 0.1.0
 */
export interface InvalidAccountabilityInput {
  readonly code: 'invalid-accountability-input'
  readonly issues: readonly Issue[]
}
