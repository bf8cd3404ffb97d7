/**
 * Outcome trends across a programme (S5, S7, S11): per measure and rater, the averages of first,
 * latest and change over the mentorships with a trend, with mentee self-reports only shown over
 * enough mentees to keep individuals out of sight.
 * @module
 */
import { RATERS, type MentorshipOutcomes, type OutcomeTrend, type ProgrammeOutcome } from './outcome-types.js'
import { isSelfReport, MEASURE_KEYS } from './outcomes.js'

/**
 * The fewest distinct mentees a mentee self-report figure is shown over (CONTRACT §8).
 * @example
 * MINIMUM_GROUP // 3
 * @since 0.1.0
 */
export const MINIMUM_GROUP = 3

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

const rowOf = (
  key: (typeof MEASURE_KEYS)[number],
  ratedBy: (typeof RATERS)[number],
  found: readonly { readonly trend: OutcomeTrend; readonly subjectId: string }[],
): ProgrammeOutcome => {
  const people = new Set(found.map((f) => f.subjectId)).size
  const selfReport = isSelfReport(key.subject, ratedBy)
  if (selfReport && key.subject === 'mentee' && people < MINIMUM_GROUP) {
    return { ...key, ratedBy, selfReport, shown: false, reason: 'too-few-mentees', people, minimum: MINIMUM_GROUP }
  }
  const trends = found.map((f) => f.trend)
  return {
    ...key,
    ratedBy,
    selfReport,
    shown: true,
    pairs: trends.length,
    people,
    averageFirst: mean(trends.map((t) => t.first.value)),
    averageLatest: mean(trends.map((t) => t.latest.value)),
    averageChange: mean(trends.map((t) => t.change)),
  }
}

/**
 * The programme rows from the outcomes of its mentorships: one row per measure and rater that at
 * least one mentorship has a trend for (two or more scores; a single score is no trend).
 * Mentee self-reports over fewer than {@link MINIMUM_GROUP} distinct mentees are suppressed, with
 * the reason and the count.
 * @example
 * const outcomes = mentorshipOutcomes(state, '2026-11-01')
 * if (outcomes._tag === 'Right') programmeOutcomes([outcomes.right])
 * // [{ subject: 'mentee', measure: 'belonging', ratedBy: 'mentee', selfReport: true, shown: false,
 * //    reason: 'too-few-mentees', people: 1, minimum: 3 },
 * //  { subject: 'mentor', measure: 'motivating', ratedBy: 'mentor', selfReport: true, shown: true,
 * //    pairs: 1, people: 1, averageFirst: 2, averageLatest: 3, averageChange: 1 }]
 * @since 0.1.0
 */
export const programmeOutcomes = (all: readonly MentorshipOutcomes[]): readonly ProgrammeOutcome[] =>
  MEASURE_KEYS.flatMap((key) =>
    RATERS.flatMap((ratedBy) => {
      const found = all.flatMap((o) =>
        o.trends
          .filter((t) => t.subject === key.subject && t.measure === key.measure && t.ratedBy === ratedBy && t.series.length >= 2)
          .map((trend) => ({ trend, subjectId: key.subject === 'mentee' ? o.menteeId : o.mentorId })),
      )
      return found.length === 0 ? [] : [rowOf(key, ratedBy, found)]
    }),
  )

/**
 * The outcomes of one mentorship as a manager may see them: without the mentee's self-reports.
 * @example
 * managerView(outcomes).trends.some((t) => t.subject === 'mentee' && t.ratedBy === 'mentee') // false
 * @since 0.1.0
 */
export const managerView = (o: MentorshipOutcomes): MentorshipOutcomes => ({
  ...o,
  trends: o.trends.filter((t) => !(t.subject === 'mentee' && t.ratedBy === 'mentee')),
})
