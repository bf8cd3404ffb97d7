/**
 * The guards of the mentorship machine: formalisation against the level's policy (S14-S16),
 * capacity and same-pair rules, deadlines, approval, and the accountability record's consistency.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Actor } from '../../src/machine/actor.js'
import { apply, replay, type EventError, type LogContext } from '../../src/mentorship/log.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import type { MentorshipState } from '../../src/mentorship/state.js'
import { events, FORMAL_RUNNING, GOALS, INFORMAL_START, MANAGER, MENTEE, MENTOR, org, PROPOSED, SYSTEM, type Step } from './fixture.js'

const PLAN = { cadenceWeeks: 2, startDate: '2026-04-01', endDate: '2026-07-31' }

/** Replay `steps` of m1 and then try `last`: the state, or the error's code and failed codes. */
const attempt = (steps: readonly Step[], last: Step, ctx: LogContext = { org }, before: readonly unknown[] = []) => {
  const r = replay([...before, ...events('m1', [...steps, last])], ctx)
  return E.isRight(r) ? (r.right.mentorships['m1'] as MentorshipState) : { code: r.left.code, failed: r.left.issues.map((i) => i.code), index: r.left.index }
}
const refusedWith = (x: ReturnType<typeof attempt>) => ('failed' in x ? [x.code, ...x.failed] : ['accepted', x.status])

describe('formalise (S14, S16): only when the level\'s requirements are met, listing what is missing', () => {
  const formalise = (level: string): Step => ['2026-03-27', MANAGER, 'formalise', { formality: level }]
  const goals: Step = ['2026-03-25', MENTOR, 'set-goals', { goals: GOALS }]
  const plan: Step = ['2026-03-26', MENTEE, 'set-plan', PLAN]

  it('formal without goals and plan lists both', () => {
    expect(refusedWith(attempt(INFORMAL_START, formalise('formal')))).toEqual(['guard-failed', 'goals-missing', 'plan-missing'])
  })
  it('formal with a plan but no goals lists the goals; structured needs no goals (only advised)', () => {
    expect(refusedWith(attempt([...INFORMAL_START, plan], formalise('formal')))).toEqual(['guard-failed', 'goals-missing'])
    expect(refusedWith(attempt([...INFORMAL_START, plan], formalise('structured')))).toEqual(['accepted', 'active'])
  })
  it('with goals and plan and a ready mentor it raises the formality and records the change', () => {
    const s = attempt([...INFORMAL_START, goals, plan], formalise('formal'))
    expect('status' in s && s.status === 'active' && [s.formality, s.record.formalised.map((f) => [f.from, f.to])]).toEqual(['formal', [['encouraged', 'formal']]])
  })
  it('a mentor not ready at the level is listed with their readiness gaps', () => {
    const steps: Step[] = [
      ['2026-03-10', MANAGER, 'observe', { mentorId: 'e17', menteeId: 'e15' }],
      ['2026-03-12', MANAGER, 'encourage'],
      ['2026-03-20', MANAGER, 'start'],
      ['2026-03-25', { role: 'mentor', employeeId: 'e17' }, 'set-goals', { goals: GOALS }],
      ['2026-03-26', MENTEE, 'set-plan', PLAN],
    ]
    const r = replay(events('m1', [...steps, formalise('structured')]), { org })
    expect(E.isLeft(r) && r.left.issues.map((i) => i.code)).toEqual(['mentor-not-ready'])
    const gaps = E.isLeft(r) ? (r.left.issues[0]?.params['gaps'] as readonly { code: string }[]) : []
    // e17 joined on 2025-10-01 and recorded no interest: structured asks interest and 2 years in the team.
    expect(gaps.map((g) => g.code)).toEqual(['interest-missing', 'tenure-below-minimum'])
  })
  it('formalising to the same or a lower level is not a raise', () => {
    const formal = [...INFORMAL_START, goals, plan, formalise('formal')]
    expect(refusedWith(attempt(formal, ['2026-03-28', MANAGER, 'formalise', { formality: 'structured' }]))).toEqual(['guard-failed', 'not-a-raise'])
    expect(refusedWith(attempt(formal, ['2026-03-28', MANAGER, 'formalise', { formality: 'formal' }]))).toEqual(['guard-failed', 'not-a-raise'])
  })
  it('the policies of the context replace the defaults: a formal level without a plan requirement', () => {
    const base = defaultPolicy('formal')
    const ctx = { org, policies: { formal: { ...base, mentorship: { ...base.mentorship, plan: { requirement: 'none' as const } } } } }
    expect(refusedWith(attempt([...INFORMAL_START, goals], formalise('formal'), ctx))).toEqual(['accepted', 'active'])
  })
})

describe('pairs and capacity', () => {
  const other = (id: string, steps: readonly Step[]) => events(id, steps)
  const E11: Actor = { role: 'mentor', employeeId: 'e11' }
  /** e11 observed mentoring `mentee`, encouraged and started. */
  const running = (mentee: string): Step[] => [
    ['2026-03-01', MANAGER, 'observe', { mentorId: 'e11', menteeId: mentee }],
    ['2026-03-02', MANAGER, 'encourage'],
    ['2026-03-03', MANAGER, 'start'],
  ]
  const encouraged = running('e16').slice(0, 2)
  const start: Step = ['2026-03-04', MANAGER, 'start']

  it('a mentor is never started above capacity across all their mentorships (e11 has capacity 2)', () => {
    const before = [...other('a', running('e15')), ...other('b', running('e17'))]
    expect(refusedWith(attempt(encouraged, start, { org }, before))).toEqual(['guard-failed', 'mentor-at-capacity'])
  })
  it('a paused mentorship keeps its place; an ended one frees it', () => {
    const pausedB = [...other('a', running('e15')), ...other('b', [...running('e17'), ['2026-03-03', E11, 'pause']])]
    expect(refusedWith(attempt(encouraged, start, { org }, pausedB))).toEqual(['guard-failed', 'mentor-at-capacity'])
    const endedB = [...other('a', running('e15')), ...other('b', [...running('e17'), ['2026-03-03', E11, 'end', { reason: 'workload' }]])]
    expect(refusedWith(attempt(encouraged, start, { org }, endedB))).toEqual(['accepted', 'active'])
  })
  it('the same two people cannot have two open mentorships, in either role order; after the first ends they can', () => {
    const first = other('a', [['2026-03-01', MANAGER, 'observe', { mentorId: 'e12', menteeId: 'e15' }]])
    for (const pair of [{ mentorId: 'e12', menteeId: 'e15' }, { mentorId: 'e15', menteeId: 'e12' }]) {
      expect(refusedWith(attempt([], ['2026-03-02', MANAGER, 'propose', { ...pair, formality: 'structured' }], { org }, first))).toEqual(['guard-failed', 'pair-already-open'])
    }
    const ended = other('a', [['2026-03-01', MANAGER, 'observe', { mentorId: 'e12', menteeId: 'e15' }], ['2026-03-02', MENTEE, 'end', { reason: 'mismatch' }]])
    expect(refusedWith(attempt([], ['2026-03-03', MANAGER, 'observe', { mentorId: 'e12', menteeId: 'e15' }], { org }, ended))).toEqual(['accepted', 'observed'])
  })
  it('nobody is paired with themselves or with someone in their reporting line (S2)', () => {
    expect(refusedWith(attempt([], ['2026-03-01', MANAGER, 'observe', { mentorId: 'e12', menteeId: 'e12' }]))).toEqual(['guard-failed', 'same-person'])
    const boss: Actor = { role: 'manager', employeeId: 'e00' }
    // e00 manages the mentor e10 (so may act for the pair), but e10 manages the mentee e15.
    expect(refusedWith(attempt([], ['2026-03-01', boss, 'observe', { mentorId: 'e10', menteeId: 'e15' }]))).toEqual(['guard-failed', 'reporting-line'])
    expect(refusedWith(attempt([], ['2026-03-01', MANAGER, 'observe', { mentorId: 'e10', menteeId: 'e15' }]))).toEqual(['guard-failed', 'reporting-line'])
  })
})

describe('proposals: both accept, either declines, silence expires', () => {
  it('expire is refused on the answer day and accepted the day after (default: 14 days after the proposal)', () => {
    expect(refusedWith(attempt(PROPOSED, ['2026-03-15', SYSTEM, 'expire']))).toEqual(['guard-failed', 'respond-by-not-passed'])
    expect(refusedWith(attempt(PROPOSED, ['2026-03-16', SYSTEM, 'expire']))).toEqual(['accepted', 'expired'])
    expect(refusedWith(attempt(PROPOSED, ['2026-03-14', SYSTEM, 'expire']))).toEqual(['guard-failed', 'respond-by-not-passed'])
  })
  it('an explicit respondBy is the deadline; one before the proposal is refused', () => {
    const proposed: Step[] = [['2026-03-01', MANAGER, 'propose', { mentorId: 'e12', menteeId: 'e15', formality: 'formal', respondBy: '2026-03-05' }]]
    expect(refusedWith(attempt(proposed, ['2026-03-06', SYSTEM, 'expire']))).toEqual(['accepted', 'expired'])
    expect(refusedWith(attempt([], ['2026-03-01', MANAGER, 'propose', { mentorId: 'e12', menteeId: 'e15', formality: 'formal', respondBy: '2026-02-28' }]))).toEqual(['guard-failed', 'respond-by-before-proposal'])
  })
  it('one acceptance leaves it proposed, both make it accepted; accepting twice is refused', () => {
    expect(refusedWith(attempt(PROPOSED, ['2026-03-02', MENTOR, 'accept']))).toEqual(['accepted', 'proposed'])
    expect(refusedWith(attempt([...PROPOSED, ['2026-03-02', MENTOR, 'accept']], ['2026-03-03', MENTEE, 'accept']))).toEqual(['accepted', 'accepted'])
    expect(refusedWith(attempt([...PROPOSED, ['2026-03-02', MENTOR, 'accept']], ['2026-03-03', MENTOR, 'accept']))).toEqual(['guard-failed', 'already-accepted'])
  })
  it('where the policy asks for it, the manager\'s approval is needed too; elsewhere approve is refused', () => {
    const base = defaultPolicy('formal')
    const ctx = { org, policies: { formal: { ...base, mentorship: { ...base.mentorship, managerApproval: true } } } }
    const both: Step[] = [...PROPOSED, ['2026-03-02', MENTOR, 'accept'], ['2026-03-03', MENTEE, 'accept']]
    expect(refusedWith(attempt(both.slice(0, -1), both[2] as Step, ctx))).toEqual(['accepted', 'proposed'])
    expect(refusedWith(attempt(both, ['2026-03-04', MANAGER, 'approve'], ctx))).toEqual(['accepted', 'accepted'])
    expect(refusedWith(attempt([...both, ['2026-03-04', MANAGER, 'approve']], ['2026-03-05', MANAGER, 'approve'], ctx))).toEqual(['not-allowed-in-state', 'not-allowed-in-state'])
    expect(refusedWith(attempt(PROPOSED, ['2026-03-02', MANAGER, 'approve']))).toEqual(['guard-failed', 'approval-not-required'])
  })
  it('a decline by either side ends the proposal', () => {
    for (const who of [MENTOR, MENTEE]) {
      const s = attempt(PROPOSED, ['2026-03-02', who, 'decline'])
      expect('status' in s && s.status === 'declined' && s.declined.side).toBe(who.role)
    }
  })
})

describe('the accountability record (S16, S17)', () => {
  const review = (period: number, verdict: string): Step => ['2026-05-14', MANAGER, 'review-report', { period, verdict, feedback: 'f' }]
  const submit = (period: number, goalId = 'g1'): Step => ['2026-05-15', MENTOR, 'submit-report', { period, progress: [{ goalId, status: 'at-risk', note: '' }], reflection: 'again' }]

  it('complete is refused while a report waits for review, and keeps the record once reviewed', () => {
    expect(refusedWith(attempt(FORMAL_RUNNING, ['2026-07-31', MANAGER, 'complete']))).toEqual(['guard-failed', 'reports-awaiting-review'])
    const s = attempt([...FORMAL_RUNNING, review(1, 'accepted')], ['2026-07-31', MANAGER, 'complete'])
    expect('status' in s && s.status === 'completed' && [s.record.sessions.length, s.record.reports[0]?.review?.verdict]).toEqual([1, 'accepted'])
  })
  it('end is distinct from complete: it records the reason and the status it ended from', () => {
    const s = attempt(FORMAL_RUNNING, ['2026-06-01', MENTOR, 'end', { reason: 'workload' }])
    expect('status' in s && s.status === 'ended' && [s.ended.reason, s.ended.from, s.ended.role, s.record?.reports.length]).toEqual(['workload', 'active', 'mentor', 1])
  })
  it('a report sets the status of its goals; a period is submitted again only after a follow-up verdict', () => {
    const s = attempt(FORMAL_RUNNING, review(1, 'follow-up'))
    expect('status' in s && s.status === 'active' && s.record.goals.map((g) => [g.id, g.status, g.reportedIn])).toEqual([['g1', 'on-track', 1], ['g2', 'open', null]])
    expect(refusedWith(attempt(FORMAL_RUNNING, submit(1)))).toEqual(['guard-failed', 'report-already-submitted'])
    const again = attempt([...FORMAL_RUNNING, review(1, 'follow-up')], submit(1))
    expect('status' in again && again.status === 'active' && [again.record.reports.length, again.record.goals[0]?.status]).toEqual([2, 'at-risk'])
    expect(refusedWith(attempt([...FORMAL_RUNNING, review(1, 'accepted')], submit(1)))).toEqual(['guard-failed', 'report-already-submitted'])
  })
  it('inconsistent data is refused: unknown goals, duplicate goal ids, reversed plans, future sessions, nothing to review', () => {
    expect(refusedWith(attempt([...FORMAL_RUNNING, review(1, 'accepted')], submit(2, 'g9')))).toEqual(['guard-failed', 'unknown-goal'])
    expect(refusedWith(attempt(INFORMAL_START, ['2026-03-25', MENTOR, 'set-goals', { goals: [GOALS[0], GOALS[0]] }]))).toEqual(['guard-failed', 'duplicate-goal-id'])
    expect(refusedWith(attempt(INFORMAL_START, ['2026-03-25', MENTOR, 'set-plan', { ...PLAN, endDate: '2026-03-31' }]))).toEqual(['guard-failed', 'plan-dates-reversed'])
    expect(refusedWith(attempt(INFORMAL_START, ['2026-03-25', MENTOR, 'log-session', { date: '2026-03-26', topics: [] }]))).toEqual(['guard-failed', 'date-in-future'])
    expect(refusedWith(attempt(INFORMAL_START, review(1, 'accepted')))).toEqual(['guard-failed', 'no-report-to-review'])
  })
  it('re-setting the goals keeps the reported status of a goal that keeps its id', () => {
    const s = attempt(FORMAL_RUNNING, ['2026-05-20', MENTEE, 'set-goals', { goals: [GOALS[0], { ...GOALS[1], id: 'g3' }] }])
    expect('status' in s && s.status === 'active' && s.record.goals.map((g) => [g.id, g.status])).toEqual([['g1', 'on-track'], ['g3', 'open']])
  })
  it('a pause is kept in the record when it ends; check-ins keep the manager\'s reflection (S5); outcomes name who recorded them', () => {
    const steps: Step[] = [
      ...INFORMAL_START,
      ['2026-04-01', MENTEE, 'pause', { reason: 'holiday' }],
      ['2026-04-15', MENTOR, 'resume'],
      ['2026-04-16', MANAGER, 'check-in', { date: '2026-04-16', notes: 'boundaries', reflection: 'I learned to let go' }],
    ]
    const s = attempt(steps, ['2026-04-17', MENTEE, 'record-outcome', { subject: 'mentee', measure: 'belonging', value: 4 }])
    expect('status' in s && s.status === 'active' && [s.record.pauses.map((p) => [p.paused.at, p.reason, p.resumed.at]), s.record.checkIns[0]?.reflection, s.record.outcomes[0]]).toEqual([
      [['2026-04-01', 'holiday', '2026-04-15']],
      'I learned to let go',
      { subject: 'mentee', measure: 'belonging', value: 4, on: '2026-04-17', recordedBy: { role: 'mentee', employeeId: 'e15' } },
    ])
  })
})

describe('refusal issues', () => {
  it('say what is wrong in words, with the path of the field', () => {
    const r: E.Either<EventError, unknown> = apply({ mentorships: {} }, events('m1', [['2026-03-01', MENTOR, 'observe', { mentorId: 'e12', menteeId: 'e15' }]])[0], { org })
    expect(E.isLeft(r) && [r.left.code, r.left.issues[0]?.path, r.left.issues[0]?.message]).toEqual(['actor-not-permitted', ['actor'], 'A mentor may not "observe" here.'])
  })
})
