import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { accountabilityStatus } from '../../src/accountability/status.js'
import type { AccountabilityStatus } from '../../src/accountability/status-types.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import type { ProgrammePolicy } from '../../src/programme/policy.js'
import type { MentorshipState } from '../../src/mentorship/state.js'
import { active, checkIn, goal, MANAGER, MENTEE, MENTOR, observed, paused, plan, proposed, report, right, session } from './fixture.js'

const formal = defaultPolicy('formal')
const statusOf = (s: MentorshipState, now: string, policy: ProgrammePolicy = formal, options = {}): AccountabilityStatus =>
  right(accountabilityStatus(s, policy, now, options))

/** Check the day before, of and after a due date: due, due, overdue (one day). */
const atBoundary = (pick: (now: string) => { state: string; daysOverdue?: number } | undefined, before: string, on: string, after: string) => {
  expect(pick(before)?.state).toBe('due')
  expect(pick(on)?.state).toBe('due')
  expect(pick(on)?.daysOverdue ?? 0).toBe(0)
  expect(pick(after)?.state).toBe('overdue')
  if (pick(after)?.daysOverdue !== undefined) expect(pick(after)?.daysOverdue).toBe(1)
}

describe('accountabilityStatus at the boundaries of time', () => {
  // Plan from Monday 2 March 2026; formal reports every 6 weeks: 2 March + 42 days = 13 April.
  const pair = active({ record: { plan: plan('2026-03-02', '2026-12-31', 2), sessions: [session('2026-03-02')] } })

  it('a report is due the day before and on its due date, and overdue the day after', () => {
    atBoundary((now) => statusOf(pair, now).reports.find((r) => r.period === 1), '2026-04-12', '2026-04-13', '2026-04-14')
    expect(statusOf(pair, '2026-04-14').reports.map((r) => r.period)).toEqual([1, 2])
    expect(statusOf(pair, '2026-04-14').health).toBe('overdue')
    expect(statusOf(pair, '2026-04-13').nextActions).toContainEqual({ kind: 'submit-report', who: { role: 'mentor', employeeId: MENTOR }, by: '2026-04-13', state: 'due', period: 1 })
  })

  it('the last report of a plan is due on the plan end date', () => {
    const short = active({ record: { plan: plan('2026-03-02', '2026-03-20', 1), sessions: [] } })
    const last = (now: string) => statusOf(short, now).reports.at(-1)
    atBoundary(last, '2026-03-19', '2026-03-20', '2026-03-21')
    expect(last('2026-03-21')?.dueOn).toBe('2026-03-20')
    expect(statusOf(short, '2026-06-01').reports.map((r) => r.period)).toEqual([1])
  })

  it('a report the policy does not ask for is never due', () => {
    expect(statusOf(pair, '2026-09-01', defaultPolicy('structured')).reports).toEqual([])
  })

  it('a submitted report is no longer due; its review is due 14 days after submission', () => {
    const submitted = active({ record: { ...pair.record, reports: [report(1, '2026-04-10')] } })
    const s = statusOf(submitted, '2026-04-14')
    expect(s.reports.map((r) => r.period)).toEqual([2])
    atBoundary((now) => statusOf(submitted, now).reviewsPending[0], '2026-04-23', '2026-04-24', '2026-04-25')
    expect(s.nextActions).toContainEqual({ kind: 'review-report', who: { role: 'manager', employeeId: MANAGER }, by: '2026-04-24', state: 'due', period: 1 })
  })

  it('a follow-up verdict asks the mentor to follow up', () => {
    const followUp = active({
      record: { ...pair.record, reports: [report(1, '2026-04-10', { verdict: 'follow-up', feedback: 'more', reviewed: { by: MANAGER, at: '2026-04-12' } })] },
    })
    const s = statusOf(followUp, '2026-04-14')
    expect(s.followUps).toEqual([{ period: 1, reviewedOn: '2026-04-12' }])
    expect(s.nextActions.some((a) => a.kind === 'follow-up-report' && a.period === 1)).toBe(true)
  })

  it('a guidance check-in is due 8 weeks after the start or the last check-in (S17)', () => {
    // 2 March + 56 days = 27 April.
    atBoundary((now) => statusOf(pair, now).checkIn ?? undefined, '2026-04-26', '2026-04-27', '2026-04-28')
    const held = active({ record: { ...pair.record, checkIns: [checkIn('2026-04-20')] } })
    // 20 April + 56 days = 15 June.
    atBoundary((now) => statusOf(held, now).checkIn ?? undefined, '2026-06-14', '2026-06-15', '2026-06-16')
    expect(statusOf(pair, '2026-04-27', defaultPolicy('encouraged')).checkIn).toBeNull()
  })

  it('a pair stalls the day after stalledAfterDays days without a session', () => {
    const last = active({ record: { sessions: [session('2026-03-10')] } })
    // 10 March + 21 days = 31 March: not stalled yet; 1 April: stalled.
    expect(statusOf(last, '2026-03-30').stalled).toBeNull()
    expect(statusOf(last, '2026-03-31').stalled).toBeNull()
    expect(statusOf(last, '2026-04-01').stalled).toMatchObject({ since: '2026-03-10', stalledFrom: '2026-04-01', days: 22 })
    const policy7 = { ...formal, mentorship: { ...formal.mentorship, stalledAfterDays: 7 } }
    expect(statusOf(last, '2026-03-17', policy7).stalled).toBeNull()
    expect(statusOf(last, '2026-03-18', policy7).stalled).not.toBeNull()
  })

  it('a new pair counts from its start: stalled 22 days after without any session', () => {
    const fresh = active({ started: '2026-03-02', record: {} })
    expect(statusOf(fresh, '2026-03-23').stalled).toBeNull()
    expect(statusOf(fresh, '2026-03-24').stalled).toMatchObject({ lastSessionOn: null, since: '2026-03-02' })
  })

  it('a goal is near from 14 days before its target date, and passed from the day after', () => {
    const g = active({ record: { ...pair.record, goals: [goal('g1', '2026-06-01')] } })
    const risks = (now: string) => statusOf(g, now).goalsAtRisk[0]?.reasons ?? []
    // 1 June − 14 days = 18 May.
    expect(risks('2026-05-17')).toEqual([])
    expect(risks('2026-05-18')).toEqual(['target-near'])
    expect(risks('2026-06-01')).toEqual(['target-near'])
    expect(risks('2026-06-02')).toEqual(['target-passed'])
    atBoundary(
      (now) => statusOf(g, now).nextActions.find((a) => a.kind === 'address-goal') ?? undefined,
      '2026-05-31',
      '2026-06-01',
      '2026-06-02',
    )
  })

  it('an achieved goal is never at risk; a goal reported at risk always is', () => {
    const g = active({ record: { ...pair.record, goals: [goal('g1', '2026-06-01', 'achieved'), goal('g2', '2026-12-01', 'at-risk')] } })
    expect(statusOf(g, '2026-07-01').goalsAtRisk).toEqual([{ goalId: 'g2', targetDate: '2026-12-01', status: 'at-risk', reasons: ['reported-at-risk'] }])
  })

  it('answers to a proposal are due by respondBy and overdue the day after, when the system may expire it', () => {
    const p = proposed('2026-03-15', { mentorAt: '2026-03-02' })
    const mentee = (now: string) => statusOf(p, now).awaiting.find((a) => a.from === 'mentee')
    atBoundary(mentee, '2026-03-14', '2026-03-15', '2026-03-16')
    expect(statusOf(p, '2026-03-14').awaiting.map((a) => a.from)).toEqual(['mentee'])
    expect(statusOf(p, '2026-03-15').nextActions).toEqual([
      { kind: 'answer-proposal', who: { role: 'mentee', employeeId: MENTEE }, by: '2026-03-15', state: 'due' },
    ])
    expect(statusOf(p, '2026-03-16').nextActions.map((a) => a.kind)).toEqual(['expire-proposal', 'answer-proposal'])
    expect(statusOf(p, '2026-03-16').health).toBe('overdue')
    const approval = proposed('2026-03-15', { mentorAt: '2026-03-02', menteeAt: '2026-03-03', approvalRequired: true })
    expect(statusOf(approval, '2026-03-10').nextActions).toEqual([
      { kind: 'approve-proposal', who: { role: 'manager', employeeId: MANAGER }, by: '2026-03-15', state: 'due' },
    ])
  })

  it('sessions fall behind the plan the day after each rhythm interval ends', () => {
    // Plan every 2 weeks from 2 March: the first session is due on 16 March.
    const none = active({ record: { plan: plan('2026-03-02', '2026-12-31', 2) } })
    expect(statusOf(none, '2026-03-16').sessions).toMatchObject({ expected: 0, logged: 0, behind: 0, nextDueOn: '2026-03-16' })
    expect(statusOf(none, '2026-03-17').sessions).toMatchObject({ expected: 1, logged: 0, behind: 1, nextDueOn: '2026-03-16' })
    const one = active({ record: { plan: plan('2026-03-02', '2026-12-31', 2), sessions: [session('2026-03-05')] } })
    expect(statusOf(one, '2026-03-17').sessions).toMatchObject({ expected: 1, logged: 1, behind: 0, nextDueOn: '2026-03-30' })
  })
})

describe('accountabilityStatus by state', () => {
  it('an observed pair is the manager’s to encourage (S13)', () => {
    const s = statusOf(observed(), '2026-03-01', defaultPolicy('spontaneous'))
    expect(s.health).toBe('attention')
    expect(s.nextActions).toEqual([{ kind: 'encourage-pair', who: { role: 'manager', employeeId: MANAGER }, by: null, state: 'open' }])
  })

  it('a formal pair without goals or plan is asked to set them', () => {
    const s = statusOf(active({ record: { sessions: [session('2026-03-02')] } }), '2026-03-03')
    expect(s.missing).toEqual(['goals', 'plan'])
    expect(s.nextActions.filter((a) => a.state === 'open').map((a) => a.kind)).toEqual(['set-goals', 'set-plan'])
    expect(statusOf(active({ record: { sessions: [session('2026-03-02')] } }), '2026-03-03', defaultPolicy('spontaneous')).missing).toEqual([])
  })

  it('a paused pair is not stalled, owes no check-in, and a report due during a pause is excused', () => {
    const p = paused({ pausedOn: '2026-04-01', record: { plan: plan('2026-03-02', '2026-12-31', 2), sessions: [session('2026-03-02')] } })
    const s = statusOf(p, '2026-06-01')
    expect(s.stalled).toBeNull()
    expect(s.checkIn).toBeNull()
    expect(s.reports).toEqual([])
    expect(s.nextActions.some((a) => a.kind === 'hold-session')).toBe(false)
    const resumed = active({
      record: {
        plan: plan('2026-03-02', '2026-12-31', 2),
        sessions: [session('2026-03-02')],
        pauses: [{ paused: { by: MENTOR, at: '2026-04-01' }, reason: null, resumed: { by: MENTOR, at: '2026-04-20' } }],
      },
    })
    const r = statusOf(resumed, '2026-04-21')
    // Period 1 was due on 13 April, in the pause: excused. Period 2 (14 April to 25 May) is due.
    expect(r.reports.map((x) => [x.period, x.state])).toEqual([[2, 'due']])
    expect(r.stalled).toBeNull()
    // The clocks restart on the day of resumption: 20 April + 21 days = 11 May.
    expect(statusOf(resumed, '2026-05-12').stalled).toMatchObject({ since: '2026-04-20' })
    expect(statusOf(resumed, '2026-05-12').reports.map((x) => x.period)).toEqual([2])
  })

  it('closed pairs owe nothing', () => {
    const done = { ...active(), status: 'completed' as const, completed: { by: MANAGER, at: '2026-09-01' } }
    const s = statusOf(done, '2027-01-01')
    expect(s.health).toBe('closed')
    expect(s.nextActions).toEqual([])
  })
})

describe('accountabilityStatus input', () => {
  it('an invalid now is a Left with an issue at ["now"], never a throw', () => {
    for (const now of ['2026-02-30', 'tomorrow', '', '2026-1-1', '2026-03-01T25:00:00Z']) {
      const r = accountabilityStatus(observed(), formal, now)
      expect(E.isLeft(r) && r.left.code === 'invalid-accountability-input' && r.left.issues.map((i) => i.path)).toEqual([['now']])
    }
    const bad = accountabilityStatus(observed(), formal, 42 as unknown as string)
    expect(E.isLeft(bad)).toBe(true)
  })

  it('a date-time counts as its written day', () => {
    expect(statusOf(observed(), '2026-03-01T23:30:00-05:00').asOf).toBe('2026-03-01')
  })

  it('every invalid option is reported at once with the day', () => {
    const r = accountabilityStatus(observed(), formal, 'x', { reviewWithinDays: -1, goalWarningDays: 1.5 })
    expect(E.isLeft(r) && r.left.issues.map((i) => i.path)).toEqual([['now'], ['options', 'reviewWithinDays'], ['options', 'goalWarningDays']])
  })
})
