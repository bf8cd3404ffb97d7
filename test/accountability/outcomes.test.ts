import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { mentorLearningSummary } from '../../src/accountability/mentor-learning.js'
import { mentorshipOutcomes } from '../../src/accountability/outcomes.js'
import { employeeId } from '../../src/model/ids.js'
import { active, checkIn, MANAGER, MENTEE, MENTOR, mentorOutcome, menteeOutcome, observed, report, right, session } from './fixture.js'

const OTHER_MENTEE = employeeId('e15')

describe('mentorshipOutcomes (S5, S7)', () => {
  const pair = active({
    record: {
      outcomes: [
        menteeOutcome('belonging', 4, '2026-05-01', 'mentee', MENTEE),
        menteeOutcome('belonging', 2, '2026-03-01', 'mentee', MENTEE),
        menteeOutcome('belonging', 3, '2026-04-01', 'mentor', MENTOR),
        menteeOutcome('coping', 3, '2026-04-01', 'mentee', MENTEE),
        menteeOutcome('coping', 5, '2026-08-01', 'mentee', MENTEE),
        mentorOutcome('coaching', 2, '2026-03-15', 'mentor', MENTOR),
      ],
      checkIns: [checkIn('2026-04-20', 'private notes', 'I learned to let go sooner.'), checkIn('2026-06-20', null, null)],
    },
  })

  it('gives per measure and rater the series in date order, first, latest and change', () => {
    const o = right(mentorshipOutcomes(pair, '2026-06-01'))
    const selfBelonging = o.trends.find((t) => t.measure === 'belonging' && t.ratedBy === 'mentee')
    expect(selfBelonging).toMatchObject({
      subject: 'mentee',
      selfReport: true,
      first: { on: '2026-03-01', value: 2 },
      latest: { on: '2026-05-01', value: 4 },
      change: 2,
    })
    expect(selfBelonging?.series.map((p) => p.value)).toEqual([2, 4])
    expect(o.trends.find((t) => t.measure === 'belonging' && t.ratedBy === 'mentor')).toMatchObject({ selfReport: false, change: 0 })
    expect(o.trends.find((t) => t.measure === 'coaching')).toMatchObject({ subject: 'mentor', ratedBy: 'mentor', selfReport: true })
  })

  it('leaves out what is dated after asOf', () => {
    const o = right(mentorshipOutcomes(pair, '2026-06-01'))
    expect(o.trends.find((t) => t.measure === 'coping')?.series).toEqual([{ on: '2026-04-01', value: 3 }])
    expect(o.reflections).toEqual([{ on: '2026-04-20', by: MANAGER, reflection: 'I learned to let go sooner.' }])
  })

  it('a pair that never started has no outcomes; an invalid day is a Left', () => {
    expect(right(mentorshipOutcomes(observed(), '2026-06-01')).trends).toEqual([])
    expect(E.isLeft(mentorshipOutcomes(pair, '2026-13-01'))).toBe(true)
  })
})

describe('mentorLearningSummary (S11)', () => {
  const first = active({
    id: 'a',
    record: {
      sessions: [session('2026-03-02'), session('2026-03-16'), session('2026-09-01')],
      reports: [
        report(1, '2026-04-13', { verdict: 'accepted', feedback: 'ok', reviewed: { by: MANAGER, at: '2026-04-15' } }),
        report(2, '2026-05-25', { verdict: 'follow-up', feedback: 'more', reviewed: { by: MANAGER, at: '2026-05-27' } }),
      ],
      checkIns: [checkIn('2026-04-20')],
      outcomes: [mentorOutcome('motivating', 2, '2026-03-02', 'mentor', MENTOR), mentorOutcome('setting-boundaries', 3, '2026-04-01', 'manager', MANAGER)],
    },
  })
  const second = { ...active({ id: 'b', mentee: OTHER_MENTEE, record: { outcomes: [mentorOutcome('motivating', 4, '2026-06-01', 'mentor', MENTOR)] } }), status: 'completed' as const, completed: { by: MANAGER, at: '2026-07-01' } }
  const otherMentor = active({ id: 'c', mentor: employeeId('e12'), record: { sessions: [session('2026-03-03')] } })

  it('summarises the mentor’s work and their learning per skill and rater across mentorships', () => {
    const s = right(mentorLearningSummary([first, second, otherMentor, observed('2026-03-01', 'd')], MENTOR, '2026-06-30'))
    expect(s.mentorships).toEqual({ total: 2, running: 1, completed: 1, ended: 0 })
    expect(s.sessions).toBe(2)
    expect(s.reports).toEqual({ submitted: 2, accepted: 1, followUp: 1 })
    expect(s.checkIns).toBe(1)
    expect(s.measures.map((m) => m.measure)).toEqual(['motivating', 'coaching', 'setting-boundaries', 'giving-freedom'])
    expect(s.measures[0]?.ratings).toEqual([
      {
        ratedBy: 'mentor',
        first: { on: '2026-03-02', value: 2 },
        latest: { on: '2026-06-01', value: 4 },
        change: 2,
        points: [
          { on: '2026-03-02', value: 2, mentorshipId: 'a' },
          { on: '2026-06-01', value: 4, mentorshipId: 'b' },
        ],
      },
    ])
    expect(s.measures[2]?.ratings.map((r) => r.ratedBy)).toEqual(['manager'])
  })

  it('takes the replay record as well as a list, and counts nothing after asOf', () => {
    const s = right(mentorLearningSummary({ a: first, b: second }, MENTOR, '2026-04-16'))
    expect(s.reports).toEqual({ submitted: 1, accepted: 1, followUp: 0 })
    expect(s.measures[0]?.ratings[0]?.points.length).toBe(1)
  })

  it('a mentor without mentorships has an empty summary; an invalid day is a Left', () => {
    const s = right(mentorLearningSummary([first], 'nobody', '2026-06-30'))
    expect(s.mentorships.total).toBe(0)
    expect(s.measures.every((m) => m.ratings.length === 0)).toBe(true)
    expect(E.isLeft(mentorLearningSummary([first], MENTOR, 'soon'))).toBe(true)
  })
})
