/**
 * The shape of {@link programmeReport}: a manager's view of a programme on one day.
 * @module
 */
import type { UnknownEmployee } from '../model/lookup.js'
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import type { MentorshipStatus } from '../mentorship/vocabulary.js'
import type { MentorshipOutcomes, ProgrammeOutcome } from './outcome-types.js'
import type {
  AccountabilityOptions,
  AccountabilityStatus,
  ActionOwner,
  Health,
  InvalidAccountabilityInput,
  NextAction,
} from './status-types.js'

/**
 * Something overdue in the programme, one per overdue next action: a progress report, a review,
 * a check-in, a proposal's answer, a session the plan asked for, or a goal past its target date
 * (`goalId`). Sessions and goals make a pair need attention; the others make its health `overdue`.
 * @example
 * const o: OverdueItem = { mentorshipId: 'm1', kind: 'report', dueOn: date, daysOverdue: 1,
 *   who: { role: 'mentor', employeeId: e1 }, period: 1 }
 * @since 0.1.0
 */
export interface OverdueItem {
  readonly mentorshipId: string
  readonly kind: 'report' | 'review' | 'check-in' | 'answer' | 'session' | 'goal'
  readonly dueOn: IsoDate
  readonly daysOverdue: number
  readonly who: ActionOwner
  readonly period?: number
  readonly goalId?: string
}

/**
 * The load of one mentor: running mentorships (active or paused) against their capacity, and
 * pairs on the way (proposed or accepted).
 * @example
 * const l: MentorLoad = { mentorId: e1, running: 2, pending: 1, capacity: 2, available: 0, overCapacity: false }
 * @since 0.1.0
 */
export interface MentorLoad {
  readonly mentorId: EmployeeId
  readonly running: number
  readonly pending: number
  readonly capacity: number
  readonly available: number
  readonly overCapacity: boolean
}

/**
 * A manager's view of a programme on day `asOf` (CONTRACT §8):
 * - `counts` of mentorships by state, and `total`;
 * - `coverage`: distinct mentees with an active, paused or completed mentorship (`covered`) out of
 *   every mentee in the log (`mentees`), and the share (0 when there are none);
 * - `health`: how many pairs are on track, need attention, have overdue work or are closed, and
 *   `pairs`: every pair's accountability status (by mentorship id);
 * - `overdue`: every overdue item, oldest due date first; `nextActions`: every action with its
 *   mentorship, in due order;
 * - `outcomes`: per pair the trends without the mentee's self-reports, and per programme the
 *   averages, with mentee self-reports over fewer than 3 mentees suppressed;
 * - `mentorLoad` per mentor in the log; `names` of everyone the report mentions.
 * It never contains session notes, check-in notes or progress notes.
 * @example
 * const report = programmeReport(org, mentorships, defaultPolicy('encouraged'), '2026-11-01')
 * if (report._tag === 'Right') {
 *   const r: ProgrammeReport = report.right
 *   r.coverage // { mentees: 1, covered: 1, share: 1 }
 * }
 * @since 0.1.0
 */
export interface ProgrammeReport {
  readonly asOf: IsoDate
  readonly level: FormalityLevel
  readonly total: number
  readonly counts: { readonly [S in MentorshipStatus]: number }
  readonly coverage: { readonly mentees: number; readonly covered: number; readonly share: number }
  readonly health: { readonly [H in Health]: number }
  readonly pairs: readonly AccountabilityStatus[]
  readonly overdue: readonly OverdueItem[]
  readonly nextActions: readonly (NextAction & { readonly mentorshipId: string })[]
  readonly outcomes: {
    readonly pairs: readonly MentorshipOutcomes[]
    readonly programme: readonly ProgrammeOutcome[]
    readonly minimumGroup: number
  }
  readonly mentorLoad: readonly MentorLoad[]
  readonly names: { readonly [employeeId: string]: string }
}

/**
 * Options of {@link programmeReport}: those of `accountabilityStatus`, and the policies of the other
 * levels (a pair whose formality differs from the programme's policy level is judged by
 * `policies[level]`, else by `defaultPolicy(level)`).
 * @example
 * const structured = defaultPolicy('structured')
 * const o: ProgrammeReportOptions = { policies: { structured: { ...structured, mentorship: { ...structured.mentorship, responseDays: 7 } } } }
 * @since 0.1.0
 */
export interface ProgrammeReportOptions extends AccountabilityOptions {
  readonly policies?: { readonly [L in FormalityLevel]?: ProgrammePolicy }
}

/**
 * Why a programme report could not be made: an invalid day or option (every issue), or a pair
 * naming someone who is not in the organisation.
 * @example
 * const e: ProgrammeReportError = { code: 'unknown-employee', id: 'e99', message: 'No employee with id e99.' }
 * @since 0.1.0
 */
export type ProgrammeReportError = InvalidAccountabilityInput | UnknownEmployee
