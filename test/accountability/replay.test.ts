/**
 * The accountability functions on mentorships rebuilt by the mentorship machine's `replay`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainAccountability, explainProgrammeReport } from '../../src/accountability/explain.js'
import { programmeReport } from '../../src/accountability/report.js'
import { accountabilityStatus } from '../../src/accountability/status.js'
import { addDays } from '../../src/model/date.js'
import { replay } from '../../src/mentorship/log.js'
import type { MentorshipState } from '../../src/mentorship/state.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { d, ORG, right } from './fixture.js'

const manager = { role: 'manager', employeeId: 'e10' } as const
const policy = defaultPolicy('formal')

/** A formal pair's log from proposal to a reviewed report, with a private marker in every notes field. */
const formalLog = (id: string, mentor: string, mentee: string) => {
  const m = { role: 'mentor', employeeId: mentor } as const
  const e = { role: 'mentee', employeeId: mentee } as const
  let seq = 0
  const ev = (at: string, actor: object, body: object) => ({ v: 1, mentorshipId: id, seq: ++seq, at, actor, ...body })
  return [
    ev('2026-03-02', manager, { type: 'propose', mentorId: mentor, menteeId: mentee, formality: 'formal', respondBy: '2026-03-16' }),
    ev('2026-03-03', m, { type: 'accept' }),
    ev('2026-03-04', e, { type: 'accept' }),
    ev('2026-03-09', manager, { type: 'start' }),
    ev('2026-03-09', m, { type: 'set-goals', goals: [{ id: 'g1', description: 'goal', successCriteria: 'met', targetDate: '2026-07-01' }] }),
    ev('2026-03-09', m, { type: 'set-plan', cadenceWeeks: 2, startDate: '2026-03-09', endDate: '2026-09-07' }),
    ev('2026-03-09', m, { type: 'log-session', date: '2026-03-09', topics: ['approach'], notes: `SECRET-session-${id}-1` }),
    ev('2026-03-09', e, { type: 'record-outcome', subject: 'mentee', measure: 'engagement', value: 2 }),
    ev('2026-03-23', e, { type: 'log-session', date: '2026-03-23', topics: ['buy-in'], notes: `SECRET-session-${id}-2` }),
    ev('2026-04-06', manager, { type: 'check-in', date: '2026-04-06', notes: `SECRET-check-in-${id}`, reflection: 'I learned to ask more.' }),
    ev('2026-04-20', m, { type: 'submit-report', period: 1, progress: [{ goalId: 'g1', status: 'at-risk', note: `SECRET-progress-${id}` }], reflection: 'ok' }),
    ev('2026-04-22', manager, { type: 'review-report', period: 1, verdict: 'follow-up', feedback: 'more detail' }),
    ev('2026-04-23', e, { type: 'record-outcome', subject: 'mentee', measure: 'engagement', value: 4 }),
  ]
}

const logs = [formalLog('a', 'e11', 'e14'), formalLog('b', 'e12', 'e15'), formalLog('c', 'e13', 'e16')]
const events = [...logs.flat()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
const asOn = (day: string): MentorshipState[] =>
  Object.values(right(replay(events.filter((e) => e.at <= day), { org: ORG })).mentorships)

describe('accountability on replayed mentorships', () => {
  it('reads the machine’s record: report due, submitted, reviewed with follow-up, goal reported at risk', () => {
    const [a] = asOn('2026-04-19')
    if (a === undefined) throw new Error('no pair')
    expect(right(accountabilityStatus(a, policy, '2026-04-19')).reports.map((r) => [r.period, r.dueOn, r.state])).toEqual([[1, '2026-04-20', 'due']])
    const [later] = asOn('2026-04-25')
    if (later === undefined) throw new Error('no pair')
    const s = right(accountabilityStatus(later, policy, '2026-04-25'))
    expect(s.reports.map((r) => [r.period, r.dueOn, r.state])).toEqual([[2, '2026-06-01', 'due']])
    expect(s.followUps).toEqual([{ period: 1, reviewedOn: '2026-04-22' }])
    expect(s.goalsAtRisk.map((g) => g.reasons)).toEqual([['reported-at-risk']])
    // The manager who held the check-in reviews and guides.
    expect(s.checkIn).toMatchObject({ lastOn: '2026-04-06', dueOn: '2026-06-01' })
  })

  it('never shows a note, whatever day the log is read on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (n) => {
        const day = addDays(d('2026-03-01'), n)
        const r = right(programmeReport(ORG, asOn(day), policy, day))
        const text = [JSON.stringify(r), explainProgrammeReport(r, 'en'), explainProgrammeReport(r, 'nl'), ...r.pairs.map((p) => explainAccountability(p, 'nl'))].join('\n')
        expect(text).not.toContain('SECRET')
      }),
      { numRuns: 30 },
    )
  })

  it('shows the three mentees’ own engagement scores only as one average', () => {
    const r = right(programmeReport(ORG, asOn('2026-05-01'), policy, '2026-05-01'))
    expect(r.outcomes.programme).toEqual([
      { subject: 'mentee', measure: 'engagement', ratedBy: 'mentee', selfReport: true, shown: true, pairs: 3, people: 3, averageFirst: 2, averageLatest: 4, averageChange: 2 },
    ])
    expect(r.outcomes.pairs.flatMap((p) => p.trends)).toEqual([])
    expect(r.outcomes.pairs.flatMap((p) => p.reflections.map((x) => x.reflection))).toEqual(['I learned to ask more.', 'I learned to ask more.', 'I learned to ask more.'])
  })
})
