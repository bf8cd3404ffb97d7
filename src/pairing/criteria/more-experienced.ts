/**
 * `more-experienced`: the mentor started in the organisation at least `minYears` whole years
 * before the mentee (S3, S6).
 * @module
 */
import { z } from 'zod'
import { anniversary, dayNumber, wholeYears, type IsoDate } from '../../model/date.js'
import { defineCriterion, type RowKernel } from '../criterion.js'
import type { Hint } from '../hint.js'

/**
 * The parameters: `minYears` (integer 0..50, default 1). With 0 the mentor must merely have
 * started no later than the mentee.
 * @example
 * MoreExperiencedParams.parse({}) // { minYears: 1 }
 * @since 0.1.0
 */
export const MoreExperiencedParams = z.strictObject({ minYears: z.int().min(0).max(50).default(1) })

/**
 * The reason of a `more-experienced` judgement: both start dates, the minimum, how many whole
 * years the mentor started earlier (0 when later) and whether the mentor started later.
 * @example
 * const r: MoreExperiencedReason = { mentorStartDate: addMonths(date, -36), menteeStartDate: date, minYears: 1,
 *   yearsAhead: 3, mentorStartedLater: false }
 * @since 0.1.0
 */
export type MoreExperiencedReason = {
  readonly mentorStartDate: IsoDate
  readonly menteeStartDate: IsoDate
  readonly minYears: number
  readonly yearsAhead: number
  readonly mentorStartedLater: boolean
}

interface MentorFacts {
  readonly startDate: IsoDate
  /** Day number of the `minYears`-th anniversary of the start date: the mentee must start on or after it. */
  readonly threshold: number
}

interface MenteeFacts {
  readonly startDate: IsoDate
  readonly startDay: number
}

const kernel = (mentors: readonly MentorFacts[], mentees: readonly MenteeFacts[]): RowKernel => {
  const threshold = Float64Array.from(mentors, (m) => m.threshold)
  return (j, list, count, out) => {
    const start = mentees[j]?.startDay ?? 0
    for (let k = 0; k < count; k++) out[k] = (threshold[list[k] ?? 0] ?? 0) <= start ? 1 : 0
  }
}

const hints = (mentor: MentorFacts, mentee: MenteeFacts): readonly Hint[] =>
  mentor.startDate <= mentee.startDate
    ? [{ code: 'set-params', criterion: 'more-experienced', params: { minYears: wholeYears(mentor.startDate, mentee.startDate) } }]
    : [{ code: 'relax-criterion', criterion: 'more-experienced' }]

/**
 * `more-experienced` (S6: the mentor shares knowledge and experience with a colleague who has less
 * of it; S3: an experienced employee takes a newcomer under their wing). `raw` is 1 when the
 * `minYears`-th anniversary of the mentor's `startDate` falls on or before the mentee's
 * `startDate` (whole calendar years, CONTRACT section 3), else 0. Hint when required: lower
 * `minYears` to the actual gap, or, when the mentor started later, make it a preference.
 * @example
 * moreExperienced.bind({ minYears: 2 }) // Right(bound criterion)
 * @since 0.1.0
 */
export const moreExperienced = defineCriterion({
  name: 'more-experienced',
  statements: ['S3', 'S6'],
  params: MoreExperiencedParams,
  mentorFacts: (m, p) => {
    const startDate = m.employee.startDate
    return { startDate, threshold: dayNumber(anniversary(startDate, p.minYears)) }
  },
  menteeFacts: (t) => ({ startDate: t.employee.startDate, startDay: dayNumber(t.employee.startDate) }),
  evaluate: ({ mentor, mentee, params }) => {
    const later = mentor.startDate > mentee.startDate
    const reason: MoreExperiencedReason = {
      mentorStartDate: mentor.startDate,
      menteeStartDate: mentee.startDate,
      minYears: params.minYears,
      yearsAhead: later ? 0 : wholeYears(mentor.startDate, mentee.startDate),
      mentorStartedLater: later,
    }
    return { raw: mentor.threshold <= mentee.startDay ? 1 : 0, reason }
  },
  kernel,
  hints: ({ mentor, mentee }) => hints(mentor, mentee),
})
