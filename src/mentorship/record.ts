/**
 * The accountability record of a running mentorship (S5, S7, S11, S16, S17): goals with their
 * status, the plan, sessions, progress reports with the manager's review, the manager's guidance
 * check-ins, outcomes, pauses and formality changes. Everything is dated, so that status, due and
 * overdue work and trends can be computed from the record and a `now` alone.
 *
 * Moments (`at`) are the ISO dates or date-times of the events that recorded them; days (`on`,
 * `date`, ...) are ISO dates.
 * @module
 */
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { FormalityLevel } from '../programme/formality.js'
import type {
  GoalStatus,
  MenteeMeasure,
  MentorMeasure,
  OutcomeValue,
  ProgressStatus,
  Side,
  Verdict,
} from './vocabulary.js'

/**
 * Who did something and when: the person (an employee id) and the moment of the event.
 * @example
 * const s: Stamp = { by: e0, at: '2026-03-02' }
 * @since 0.1.0
 */
export interface Stamp {
  readonly by: EmployeeId
  readonly at: string
}

/**
 * A goal of the pair (S16). `status` is `open` until a report speaks of it, then the status of the
 * last report that did (`reportedIn`: that report's period).
 * @example
 * const g: Goal = { id: 'g1', description: 'Lead a refinement', successCriteria: 'Team rates it 4+',
 *   targetDate: date, status: 'open', reportedIn: null, set: stamp }
 * @since 0.1.0
 */
export interface Goal {
  readonly id: string
  readonly description: string
  readonly successCriteria: string
  readonly targetDate: IsoDate
  readonly status: GoalStatus
  readonly reportedIn: number | null
  /** Who set the goals (the last `set-goals`) and when. */
  readonly set: Stamp
}

/**
 * The agreed meeting rhythm: a session every `cadenceWeeks` weeks from `startDate` to `endDate`.
 * Reporting periods count from `startDate` too (see {@link Report}).
 * @example
 * const p: Plan = { cadenceWeeks: 2, startDate: date, endDate: addMonths(date, 6), agreed: stamp }
 * @since 0.1.0
 */
export interface Plan {
  readonly cadenceWeeks: number
  readonly startDate: IsoDate
  readonly endDate: IsoDate
  readonly agreed: Stamp
}

/**
 * A session of the pair. `notes` are private to the pair: a manager's view never shows them.
 * @example
 * const s: Session = { date, topics: ['buy-in'], notes: null, loggedBy: 'mentee', logged: stamp }
 * @since 0.1.0
 */
export interface Session {
  readonly date: IsoDate
  readonly topics: readonly string[]
  readonly notes: string | null
  readonly loggedBy: Side
  readonly logged: Stamp
}

/**
 * How one goal stands in a report.
 * @example
 * const p: GoalProgress = { goalId: 'g1', status: 'on-track', note: 'First refinement done.' }
 * @since 0.1.0
 */
export interface GoalProgress {
  readonly goalId: string
  readonly status: ProgressStatus
  readonly note: string
}

/**
 * The manager's review of a report (S16).
 * @example
 * const r: Review = { verdict: 'accepted', feedback: 'Good progress.', reviewed: stamp }
 * @since 0.1.0
 */
export interface Review {
  readonly verdict: Verdict
  readonly feedback: string
  readonly reviewed: Stamp
}

/**
 * The mentor's progress report for reporting period `period` (1, 2, ...): period `n` runs from
 * `plan.startDate + (n - 1) × c` weeks to `plan.startDate + n × c` weeks, where `c` is the
 * policy's `reports.cadenceWeeks`, and is due on its last day. `review` is `null` until the
 * manager reviews it. After a `follow-up` verdict the mentor may submit the period again: the
 * later report of a period is the one that counts.
 * @example
 * const r: Report = { period: 1, progress: [], reflection: 'A good start.', submitted: stamp, review: null }
 * @since 0.1.0
 */
export interface Report {
  readonly period: number
  readonly progress: readonly GoalProgress[]
  readonly reflection: string
  readonly submitted: Stamp
  readonly review: Review | null
}

/**
 * A guidance check-in between the manager and the mentor (S17), with the manager's notes and
 * their own reflection on what they learned (S5).
 * @example
 * const c: CheckIn = { date, notes: 'Talked about boundaries.', reflection: null, held: stamp }
 * @since 0.1.0
 */
export interface CheckIn {
  readonly date: IsoDate
  readonly notes: string | null
  readonly reflection: string | null
  /** The manager who held it, and when it was recorded. */
  readonly held: Stamp
}

/**
 * An outcome measurement: a mentee measure (S7) or a mentor learning measure (S11), 1..5, on a
 * date, with who recorded it (`recordedBy.side` / role: a mentee's own score on a mentee measure is
 * a self-report, which a manager's view only shows aggregated).
 * @example
 * const o: Outcome = { subject: 'mentee', measure: 'belonging', value: 4, on: date,
 *   recordedBy: { role: 'mentee', employeeId: e5 } }
 * @since 0.1.0
 */
export type Outcome = (
  | { readonly subject: 'mentee'; readonly measure: MenteeMeasure }
  | { readonly subject: 'mentor'; readonly measure: MentorMeasure }
) & {
  readonly value: OutcomeValue
  readonly on: IsoDate
  readonly recordedBy: { readonly role: 'manager' | 'mentor' | 'mentee'; readonly employeeId: EmployeeId }
}

/**
 * A pause that has ended (the running one is in the `paused` state).
 * @example
 * const p: Pause = { paused: stamp, reason: 'parental leave', resumed: { by: e1, at: '2026-06-01' } }
 * @since 0.1.0
 */
export interface Pause {
  readonly paused: Stamp
  readonly reason: string | null
  readonly resumed: Stamp
}

/**
 * A raise of formality by `formalise` (S14, S16).
 * @example
 * const f: FormalityChange = { from: 'encouraged', to: 'formal', changed: stamp }
 * @since 0.1.0
 */
export interface FormalityChange {
  readonly from: FormalityLevel
  readonly to: FormalityLevel
  readonly changed: Stamp
}

/**
 * Everything a running mentorship has recorded, oldest first in every list.
 * @example
 * const empty: Accountability = { goals: [], plan: null, sessions: [], reports: [], checkIns: [],
 *   outcomes: [], pauses: [], formalised: [] }
 * @since 0.1.0
 */
export interface Accountability {
  readonly goals: readonly Goal[]
  readonly plan: Plan | null
  readonly sessions: readonly Session[]
  readonly reports: readonly Report[]
  readonly checkIns: readonly CheckIn[]
  readonly outcomes: readonly Outcome[]
  readonly pauses: readonly Pause[]
  readonly formalised: readonly FormalityChange[]
}

/**
 * The record of a mentorship that has just started.
 * @example
 * EMPTY_RECORD.sessions.length // 0
 * @since 0.1.0
 */
export const EMPTY_RECORD: Accountability = {
  goals: [],
  plan: null,
  sessions: [],
  reports: [],
  checkIns: [],
  outcomes: [],
  pauses: [],
  formalised: [],
}
