/**
 * Outcome trends of one mentorship (S5, S7, S11): the series per measure and rater, first versus
 * latest, and the manager's own reflections at the guidance check-ins.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../model/date.js'
import type { Accountability, Outcome } from '../mentorship/record.js'
import type { MentorshipState } from '../mentorship/state.js'
import { MENTEE_MEASURES, MENTOR_MEASURES } from '../mentorship/vocabulary.js'
import { checkDay } from './input.js'
import { RATERS, type MeasureKey, type MentorshipOutcomes, type OutcomePoint, type OutcomeTrend, type Rater } from './outcome-types.js'
import type { InvalidAccountabilityInput } from './status-types.js'

/**
 * The record of a state that has one (started, or ended after it started), else `null`.
 * @internal
 */
export const recordOf = (s: MentorshipState): Accountability | null =>
  s.status === 'active' || s.status === 'paused' || s.status === 'completed' || s.status === 'ended' ? s.record : null

/**
 * Every measure, mentee measures first, in catalogue order.
 * @internal
 */
export const MEASURE_KEYS: readonly MeasureKey[] = [
  ...MENTEE_MEASURES.map((measure) => ({ subject: 'mentee', measure }) as const),
  ...MENTOR_MEASURES.map((measure) => ({ subject: 'mentor', measure }) as const),
]

/**
 * Whether the subject scored themself.
 * @internal
 */
export const isSelfReport = (subject: MeasureKey['subject'], ratedBy: Rater): boolean => subject === ratedBy

/**
 * The scores of one measure by one rater, in date order (stable: the same day in recording order),
 * on or before `upTo`.
 * @internal
 */
export const seriesOf = (outcomes: readonly Outcome[], key: MeasureKey, ratedBy: Rater, upTo: IsoDate): readonly OutcomePoint[] =>
  outcomes
    .filter((o) => o.subject === key.subject && o.measure === key.measure && o.recordedBy.role === ratedBy && o.on <= upTo)
    .map((o) => ({ on: o.on, value: o.value }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))

/**
 * A trend from a non-empty series.
 * @internal
 */
export const trendOf = (key: MeasureKey, ratedBy: Rater, series: readonly OutcomePoint[]): OutcomeTrend | null => {
  const first = series[0]
  const latest = series[series.length - 1]
  if (first === undefined || latest === undefined) return null
  return { ...key, ratedBy, selfReport: isSelfReport(key.subject, ratedBy), first, latest, change: latest.value - first.value, series }
}

/**
 * The outcomes of `s` up to and including day `upTo`.
 * @internal
 */
export const outcomesOn = (s: MentorshipState, upTo: IsoDate): MentorshipOutcomes => {
  const record = recordOf(s)
  const trends =
    record === null
      ? []
      : MEASURE_KEYS.flatMap((key) =>
          RATERS.flatMap((rater) => {
            const t = trendOf(key, rater, seriesOf(record.outcomes, key, rater, upTo))
            return t === null ? [] : [t]
          }),
        )
  const reflections = (record?.checkIns ?? []).flatMap((c) =>
    c.reflection === null || c.date > upTo ? [] : [{ on: c.date, by: c.held.by, reflection: c.reflection }],
  )
  return { mentorshipId: s.mentorshipId, mentorId: s.mentorId, menteeId: s.menteeId, trends, reflections }
}

/**
 * The outcome trends of one mentorship as of day `asOf` (scores and reflections dated after it are
 * left out): per measure and rater, the series, the first and latest score and the change; and
 * the manager's own reflections at the guidance check-ins (S5). This is the pair's own view: it
 * includes the mentee's self-reports (a manager's view, {@link programmeReport}, does not).
 * @example
 * mentorshipOutcomes(state, '2026-11-01')
 * // Right({ mentorshipId: 'm1', trends: [{ subject: 'mentee', measure: 'belonging', ratedBy: 'mentee', selfReport: true,
 * //   first: { on: '2026-07-15', value: 3 }, latest: { on: '2026-09-01', value: 4 }, change: 1, ... }, ...], reflections: [] })
 * @since 0.1.0
 */
export const mentorshipOutcomes = (mentorship: MentorshipState, asOf: string): E.Either<InvalidAccountabilityInput, MentorshipOutcomes> => {
  const day = checkDay(asOf, ['asOf'])
  return E.isLeft(day) ? E.left({ code: 'invalid-accountability-input', issues: day.left }) : E.right(outcomesOn(mentorship, day.right))
}
