import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountabilityStatus } from '../../src/accountability/status.js'
import type { AccountabilityStatus } from '../../src/accountability/status-types.js'
import { addDays, type IsoDate } from '../../src/model/date.js'
import type { ProgrammePolicy } from '../../src/programme/policy.js'
import type { MentorshipState, MentorshipStateOf } from '../../src/mentorship/state.js'
import { arbActive, arbDay, arbPolicy, arbState, day, pausesFrom } from './arbitraries.js'
import { active, deepFreeze, MENTOR, plan, report, right, session } from './fixture.js'

const statusOf = (s: MentorshipState, policy: ProgrammePolicy, now: string): AccountabilityStatus =>
  right(accountabilityStatus(s, policy, now))

/** Walk the calendar one day at a time from `from` (inclusive) while `keep` holds. */
const walk = (from: IsoDate, keep: (d: IsoDate) => boolean, visit: (d: IsoDate) => void): void => {
  for (let d = from; keep(d); d = addDays(d, 1)) visit(d)
}

const pausedOn = (s: MentorshipStateOf<'active'>, d: IsoDate): boolean =>
  s.record.pauses.some((p) => d >= p.paused.at.slice(0, 10) && d < p.resumed.at.slice(0, 10))

describe('accountabilityStatus laws', () => {
  it('is a pure function: same inputs give deep-equal outputs, and frozen inputs are not touched', () => {
    fc.assert(
      fc.property(arbState, arbPolicy, arbDay, (s, policy, now) => {
        const before = JSON.stringify([s, policy])
        deepFreeze(s)
        deepFreeze(policy)
        const a = accountabilityStatus(s, policy, now)
        const b = accountabilityStatus(s, policy, now)
        expect(a).toEqual(b)
        expect(JSON.stringify([s, policy])).toBe(before)
      }),
    )
  })

  it('logging a session never makes a pair more stalled', () => {
    fc.assert(
      fc.property(arbActive, arbPolicy, arbDay, fc.integer({ min: 0, max: 500 }), (s, policy, now, back) => {
        const date = addDays(now, -back)
        const more = { ...s, record: { ...s.record, sessions: [...s.record.sessions, session(date)] } }
        const was = statusOf(s, policy, now).stalled
        const is = statusOf(more, policy, now).stalled
        if (was === null) expect(is).toBeNull()
        else if (is !== null) expect(is.days).toBeLessThanOrEqual(was.days)
      }),
    )
  })

  it('a pair is stalled exactly when more than stalledAfterDays days passed since its last session, start or resumption', () => {
    fc.assert(
      fc.property(arbActive, arbPolicy, arbDay, fc.option(fc.integer({ min: -2, max: 2 })), (s, policy, anyDay, nearEdge) => {
        const anchors = [s.started.at.slice(0, 10), ...s.record.sessions.map((x) => x.date), ...s.record.pauses.map((p) => p.resumed.at.slice(0, 10))]
        const latest = anchors.reduce((a, b) => (b > a ? b : a)) as IsoDate
        // Half the cases land within two days of the edge.
        const now = nearEdge === null ? anyDay : addDays(latest, policy.mentorship.stalledAfterDays + nearEdge)
        let days = 0
        walk(latest, (d) => d < now, () => days++)
        expect(statusOf(s, policy, now).stalled !== null).toBe(days > policy.mentorship.stalledAfterDays)
      }),
    )
  })

  it('submitting the due report removes it from the due and overdue reports, and nothing else', () => {
    fc.assert(
      fc.property(arbActive, arbPolicy, arbDay, (s, policy, now) => {
        const before = statusOf(s, policy, now).reports
        fc.pre(before.length > 0)
        const target = before[before.length - 1]
        if (target === undefined) return
        const submitted = { ...s, record: { ...s.record, reports: [...s.record.reports, report(target.period, now)] } }
        const after = statusOf(submitted, policy, now).reports
        expect(after).toEqual(before.filter((r) => r.period !== target.period))
      }),
    )
  })

  it('reports due agree with walking the calendar period by period', () => {
    fc.assert(
      fc.property(arbActive, arbPolicy, arbDay, (s, policy, now) => {
        const { requirement, cadenceWeeks } = policy.mentorship.reports
        const start = s.record.plan?.startDate ?? (s.started.at.slice(0, 10) as IsoDate)
        const planEnd = s.record.plan?.endDate ?? null
        const expected: { period: number; dueOn: IsoDate; state: string }[] = []
        if (requirement !== 'none' && now >= start) {
          let n = 1
          let end = addDays(start, 7 * cadenceWeeks)
          walk(start, (d) => d <= now && (planEnd === null || d <= planEnd), (d) => {
            if (d > end) {
              n++
              end = addDays(end, 7 * cadenceWeeks)
            }
          })
          const submitted = new Set(s.record.reports.map((r) => r.period))
          for (let p = 1; p <= n; p++) {
            const periodEnd = addDays(start, 7 * cadenceWeeks * p)
            const dueOn = planEnd !== null && planEnd < periodEnd ? planEnd : periodEnd
            if (!submitted.has(p) && !pausedOn(s, dueOn)) expected.push({ period: p, dueOn, state: now > dueOn ? 'overdue' : 'due' })
          }
        }
        expect(statusOf(s, policy, now).reports.map((r) => ({ period: r.period, dueOn: r.dueOn, state: r.state }))).toEqual(expected)
      }),
    )
  })

  it('sessions behind the plan agree with counting unpaused days one by one', () => {
    fc.assert(
      fc.property(arbActive, arbPolicy, arbDay, (s, policy, now) => {
        const p = s.record.plan
        fc.pre(p !== null)
        if (p === null) return
        const interval = 7 * p.cadenceWeeks
        let offset = 0
        walk(p.startDate, (d) => d < now && d <= p.endDate, (d) => {
          if (!pausedOn(s, d)) offset++
        })
        const expected = offset > 0 ? Math.floor((offset - 1) / interval) : 0
        const logged = s.record.sessions.filter((x) => x.date >= p.startDate && x.date <= now).length
        // The next session is due on the last day before more than (logged + 1) intervals of unpaused days have passed.
        let count = 0
        let nextDueOn: IsoDate | null = null
        for (let d = p.startDate; nextDueOn === null; d = addDays(d, 1)) {
          if (count >= (logged + 1) * interval + 1) nextDueOn = addDays(d, -1)
          else if (!pausedOn(s, d)) count++
        }
        const sessions = statusOf(s, policy, now).sessions
        expect(sessions).toEqual({
          cadenceWeeks: p.cadenceWeeks,
          expected,
          logged,
          behind: Math.max(0, expected - logged),
          nextDueOn: nextDueOn <= p.endDate ? nextDueOn : null,
        })
      }),
    )
  })

  it('a pair has overdue health exactly when a report, review, check-in or answer is overdue', () => {
    fc.assert(
      fc.property(arbState, arbPolicy, arbDay, (s, policy, now) => {
        const st = statusOf(s, policy, now)
        const overdueKinds = ['submit-report', 'review-report', 'hold-check-in', 'answer-proposal', 'approve-proposal']
        const anyOverdue = st.nextActions.some((a) => a.state === 'overdue' && overdueKinds.includes(a.kind))
        if (st.health !== 'closed') expect(st.health === 'overdue').toBe(anyOverdue)
      }),
    )
  })

  it('a paused pair becomes no more overdue as days pass during the pause', () => {
    const s = { ...active({ record: { plan: plan('2026-03-02', '2026-12-31', 2), sessions: [session('2026-03-02')], pauses: pausesFrom(10, []) } }), status: 'paused' as const, pause: { by: MENTOR, at: day(100), reason: null } }
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 400 }), fc.integer({ min: 1, max: 100 }), arbPolicy, (a, extra, policy) => {
        const overdue = (n: number) => statusOf(s, policy, day(n)).reports.filter((r) => r.state === 'overdue').length
        expect(overdue(a + extra)).toBe(overdue(a))
      }),
    )
  })
})
