/**
 * Per mentor, what they learned (S11), to take into their own goal-setting conversation or review.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../model/date.js'
import type { Accountability } from '../mentorship/record.js'
import { MENTOR_MEASURES, type MentorMeasure } from '../mentorship/vocabulary.js'
import { dayOf } from './due.js'
import { checkDay } from './input.js'
import { listOf, type Mentorships } from './mentorships.js'
import { RATERS, type LearningRating, type MentorLearningSummary, type Rater } from './outcome-types.js'
import { recordOf } from './outcomes.js'
import type { InvalidAccountabilityInput } from './status-types.js'

type Owned = { readonly mentorshipId: string; readonly record: Accountability }

const ratingOf = (records: readonly Owned[], measure: MentorMeasure, ratedBy: Rater, upTo: IsoDate): LearningRating | null => {
  const points = records
    .flatMap(({ mentorshipId, record }) =>
      record.outcomes
        .filter((o) => o.subject === 'mentor' && o.measure === measure && o.recordedBy.role === ratedBy && o.on <= upTo)
        .map((o) => ({ on: o.on, value: o.value, mentorshipId })),
    )
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
  const first = points[0]
  const latest = points[points.length - 1]
  if (first === undefined || latest === undefined) return null
  return { ratedBy, first: { on: first.on, value: first.value }, latest: { on: latest.on, value: latest.value }, change: latest.value - first.value, points }
}

const countWork = (records: readonly Owned[], upTo: IsoDate): Pick<MentorLearningSummary, 'sessions' | 'reports' | 'checkIns'> => {
  const all = records.map((r) => r.record)
  const reports = all.flatMap((r) => r.reports).filter((r) => dayOf(r.submitted.at) <= upTo)
  const verdicts = reports.flatMap((r) => (r.review !== null && dayOf(r.review.reviewed.at) <= upTo ? [r.review.verdict] : []))
  return {
    sessions: all.flatMap((r) => r.sessions).filter((s) => s.date <= upTo).length,
    reports: {
      submitted: reports.length,
      accepted: verdicts.filter((v) => v === 'accepted').length,
      followUp: verdicts.filter((v) => v === 'follow-up').length,
    },
    checkIns: all.flatMap((r) => r.checkIns).filter((c) => c.date <= upTo).length,
  }
}

/**
 * A summary of what mentor `mentorId` learned up to and including `asOf` (S11), for their own
 * goal-setting conversation or performance review: the mentorships they took on (started ones),
 * sessions held, reports submitted and the manager's verdicts, guidance check-ins, and per learning
 * skill (motivating, coaching, setting boundaries, giving freedom) the scores over time per rater
 * across all their mentorships. A mentor without mentorships gets an empty summary. An invalid
 * `asOf` gives `invalid-accountability-input`.
 * @example
 * mentorLearningSummary(mentorships, 'e1', '2026-11-01')
 * // Right({ mentorId: 'e1', mentorships: { total: 1, running: 1, ... }, sessions: 1, measures: [{ measure: 'motivating',
 * //   ratings: [{ ratedBy: 'mentor', first: { on: '2026-07-15', value: 2 }, latest: { on: '2026-09-01', value: 3 }, change: 1, ... }] }, ...] })
 * @since 0.1.0
 */
export const mentorLearningSummary = (
  mentorships: Mentorships,
  mentorId: string,
  asOf: string,
): E.Either<InvalidAccountabilityInput, MentorLearningSummary> => {
  const day = checkDay(asOf, ['asOf'])
  if (E.isLeft(day)) return E.left({ code: 'invalid-accountability-input', issues: day.left })
  const mine = listOf(mentorships).filter((m) => m.mentorId === mentorId)
  const owned = mine.flatMap((m) => {
    const record = recordOf(m)
    return record === null ? [] : [{ mentorshipId: m.mentorshipId, record, status: m.status }]
  })
  return E.right({
    mentorId,
    asOf: day.right,
    mentorships: {
      total: owned.length,
      running: owned.filter((o) => o.status === 'active' || o.status === 'paused').length,
      completed: owned.filter((o) => o.status === 'completed').length,
      ended: owned.filter((o) => o.status === 'ended').length,
    },
    ...countWork(owned, day.right),
    measures: MENTOR_MEASURES.map((measure) => ({
      measure,
      ratings: RATERS.flatMap((r) => {
        const rating = ratingOf(owned, measure, r, day.right)
        return rating === null ? [] : [rating]
      }),
    })),
  })
}
