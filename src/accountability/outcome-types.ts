/**
 * The shapes of outcome trends (S5, S7, S11): per mentorship, per programme and per mentor.
 * @module
 */
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { MenteeMeasure, MentorMeasure, OutcomeValue } from '../mentorship/vocabulary.js'

/**
 * Who gave a score: the manager, the mentor or the mentee.
 * @example
 * RATERS // ['mentee', 'mentor', 'manager']
 * @since 0.1.0
 */
export const RATERS = ['mentee', 'mentor', 'manager'] as const

/**
 * One of {@link RATERS}.
 * @example
 * const r: Rater = 'mentor'
 * @since 0.1.0
 */
export type Rater = (typeof RATERS)[number]

/**
 * What was measured: a mentee measure (S7) or a mentor learning measure (S11).
 * @example
 * const m: MeasureKey = { subject: 'mentee', measure: 'belonging' }
 * @since 0.1.0
 */
export type MeasureKey =
  | { readonly subject: 'mentee'; readonly measure: MenteeMeasure }
  | { readonly subject: 'mentor'; readonly measure: MentorMeasure }

/**
 * One score on a day.
 * @example
 * const p: OutcomePoint = { on: date, value: 3 }
 * @since 0.1.0
 */
export interface OutcomePoint {
  readonly on: IsoDate
  readonly value: OutcomeValue
}

/**
 * The trend of one measure as one rater scored it in one mentorship: the series in date order (the
 * same day in recording order), its first and latest score and the change (latest − first).
 * `selfReport` is true when the subject scored themself (a mentee on a mentee measure, a mentor on
 * a mentor measure).
 * @example
 * const t: OutcomeTrend = { subject: 'mentee', measure: 'belonging', ratedBy: 'mentor', selfReport: false,
 *   first: { on: date, value: 2 }, latest: { on: addDays(date, 28), value: 4 }, change: 2,
 *   series: [{ on: date, value: 2 }, { on: addDays(date, 28), value: 4 }] }
 * @since 0.1.0
 */
export type OutcomeTrend = MeasureKey & {
  readonly ratedBy: Rater
  readonly selfReport: boolean
  readonly first: OutcomePoint
  readonly latest: OutcomePoint
  readonly change: number
  readonly series: readonly OutcomePoint[]
}

/**
 * What the manager noted they learned themself at a guidance check-in (S5).
 * @example
 * const r: ManagerReflection = { on: date, by: e0, reflection: 'I let go sooner.' }
 * @since 0.1.0
 */
export interface ManagerReflection {
  readonly on: IsoDate
  readonly by: EmployeeId
  readonly reflection: string
}

/**
 * The outcomes of one mentorship: a trend per measure and rater, and the manager's reflections.
 * @example
 * const o: MentorshipOutcomes = { mentorshipId: 'm1', mentorId: e1, menteeId: e5, trends: [], reflections: [] }
 * @since 0.1.0
 */
export interface MentorshipOutcomes {
  readonly mentorshipId: string
  readonly mentorId: EmployeeId
  readonly menteeId: EmployeeId
  readonly trends: readonly OutcomeTrend[]
  readonly reflections: readonly ManagerReflection[]
}

/**
 * A programme-wide row for one measure and rater, over the mentorships with a trend (at least two
 * scores): averages of the first and latest scores and of the change. `people` counts the distinct
 * subjects (mentees or mentors). Mentee self-reports are only shown over at least
 * `minimum` mentees; below that the row is `suppressed` with its reason.
 * @example
 * const r: ProgrammeOutcome = { subject: 'mentee', measure: 'belonging', ratedBy: 'mentee', selfReport: true,
 *   shown: false, reason: 'too-few-mentees', people: 2, minimum: 3 }
 * @since 0.1.0
 */
export type ProgrammeOutcome = MeasureKey & { readonly ratedBy: Rater; readonly selfReport: boolean } & (
    | {
        readonly shown: true
        readonly pairs: number
        readonly people: number
        readonly averageFirst: number
        readonly averageLatest: number
        readonly averageChange: number
      }
    | { readonly shown: false; readonly reason: 'too-few-mentees'; readonly people: number; readonly minimum: number }
  )

/**
 * One mentor learning measure (S11) as one rater scored it across the mentor's mentorships.
 * @example
 * const r: LearningRating = { ratedBy: 'mentor', first: { on: date, value: 2 }, latest: { on: addDays(date, 48), value: 3 },
 *   change: 1, points: [{ on: date, value: 2, mentorshipId: 'm1' }, { on: addDays(date, 48), value: 3, mentorshipId: 'm1' }] }
 * @since 0.1.0
 */
export interface LearningRating {
  readonly ratedBy: Rater
  readonly first: OutcomePoint
  readonly latest: OutcomePoint
  readonly change: number
  readonly points: readonly (OutcomePoint & { readonly mentorshipId: string })[]
}

/**
 * What a mentor learned, to take into their own goal-setting conversation or review (S11): the
 * mentorships they took on, sessions held, reports submitted and how the manager received them,
 * guidance check-ins, and per learning skill the scores over time per rater.
 * @example
 * const s: MentorLearningSummary = { mentorId: 'e1', asOf: date, mentorships: { total: 1, running: 1, completed: 0, ended: 0 },
 *   sessions: 6, reports: { submitted: 2, accepted: 1, followUp: 0 }, checkIns: 2, measures: [] }
 * @since 0.1.0
 */
export interface MentorLearningSummary {
  readonly mentorId: string
  readonly asOf: IsoDate
  readonly mentorships: { readonly total: number; readonly running: number; readonly completed: number; readonly ended: number }
  readonly sessions: number
  readonly reports: { readonly submitted: number; readonly accepted: number; readonly followUp: number }
  readonly checkIns: number
  readonly measures: readonly { readonly measure: MentorMeasure; readonly ratings: readonly LearningRating[] }[]
}
