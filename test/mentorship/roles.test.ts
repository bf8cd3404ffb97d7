/**
 * Who may do what: a role x event table written from CONTRACT §8 (not read from the code), checked
 * against the machine for every role and every event type.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { ROLES, type Actor, type Role } from '../../src/machine/actor.js'
import { EVENT_TYPES, type MentorshipEventType } from '../../src/mentorship/events.js'
import { apply, type LogContext } from '../../src/mentorship/log.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { events, FORMAL_RUNNING, GOALS, HR, INFORMAL_START, logOf, MANAGER, MENTEE, MENTOR, org, PROPOSED, SYSTEM, type Step } from './fixture.js'

/** CONTRACT §8, column "who". */
const WHO: Record<MentorshipEventType, readonly Role[]> = {
  observe: ['manager'],
  encourage: ['manager'],
  propose: ['manager', 'hr'],
  accept: ['mentor', 'mentee'],
  decline: ['mentor', 'mentee'],
  approve: ['manager'],
  expire: ['system'],
  start: ['manager', 'hr'],
  formalise: ['manager'],
  'set-goals': ['mentor', 'mentee'],
  'set-plan': ['mentor', 'mentee'],
  'log-session': ['mentor', 'mentee'],
  'submit-report': ['mentor'],
  'review-report': ['manager'],
  'check-in': ['manager'],
  'record-outcome': ['mentor', 'mentee', 'manager'],
  pause: ['mentor', 'mentee', 'manager'],
  resume: ['mentor', 'mentee', 'manager'],
  complete: ['manager'],
  end: ['mentor', 'mentee', 'manager'],
}

/** The right person for each role of the fixture pair (mentor e12, mentee e15, manager e10). */
const PERSON: Record<Role, Actor> = { manager: MANAGER, mentor: MENTOR, mentee: MENTEE, hr: HR, system: SYSTEM }

const approving = {
  formal: { ...defaultPolicy('formal'), mentorship: { ...defaultPolicy('formal').mentorship, managerApproval: true } },
}

/** For each event type: steps that reach a state where it can happen, and the event itself. */
const SETTINGS: Record<MentorshipEventType, { steps: readonly Step[]; at: string; fields?: Record<string, unknown>; ctx?: LogContext }> = {
  observe: { steps: [], at: '2026-03-10', fields: { mentorId: 'e12', menteeId: 'e15' } },
  encourage: { steps: INFORMAL_START.slice(0, 1), at: '2026-03-11' },
  propose: { steps: [], at: '2026-03-01', fields: { mentorId: 'e12', menteeId: 'e15', formality: 'structured' } },
  accept: { steps: PROPOSED, at: '2026-03-02' },
  decline: { steps: PROPOSED, at: '2026-03-02' },
  approve: { steps: PROPOSED, at: '2026-03-02', ctx: { org, policies: approving } },
  expire: { steps: PROPOSED, at: '2026-04-01' },
  start: { steps: INFORMAL_START.slice(0, 2), at: '2026-03-20' },
  formalise: { steps: FORMAL_RUNNING.slice(0, 5), at: '2026-03-27', fields: { formality: 'formal' } },
  'set-goals': { steps: INFORMAL_START, at: '2026-03-25', fields: { goals: GOALS } },
  'set-plan': { steps: INFORMAL_START, at: '2026-03-25', fields: { cadenceWeeks: 2, startDate: '2026-04-01', endDate: '2026-07-31' } },
  'log-session': { steps: INFORMAL_START, at: '2026-03-25', fields: { date: '2026-03-24', topics: ['buy-in'] } },
  'submit-report': { steps: FORMAL_RUNNING.slice(0, -1), at: '2026-05-13', fields: { period: 1, progress: [], reflection: 'ok' } },
  'review-report': { steps: FORMAL_RUNNING, at: '2026-05-14', fields: { period: 1, verdict: 'accepted', feedback: 'fine' } },
  'check-in': { steps: INFORMAL_START, at: '2026-03-25', fields: { date: '2026-03-25', notes: 'n', reflection: 'r' } },
  'record-outcome': { steps: INFORMAL_START, at: '2026-03-25', fields: { subject: 'mentee', measure: 'belonging', value: 4 } },
  pause: { steps: INFORMAL_START, at: '2026-03-25' },
  resume: { steps: [...INFORMAL_START, ['2026-03-25', MENTEE, 'pause']], at: '2026-04-25' },
  complete: { steps: INFORMAL_START, at: '2026-07-31' },
  end: { steps: INFORMAL_START, at: '2026-04-01', fields: { reason: 'workload' } },
}

const attempt = (type: MentorshipEventType, actor: Actor) => {
  const s = SETTINGS[type]
  const ctx = s.ctx ?? { org }
  const log = logOf(events('m1', s.steps), ctx)
  const [event] = events('m1', [[s.at, actor, type, s.fields ?? {}]], s.steps.length + 1)
  return apply(log, event, ctx)
}

describe('role x event table (CONTRACT §8)', () => {
  for (const type of EVENT_TYPES) {
    it(`${type}: exactly ${WHO[type].join(', ')} may do it`, () => {
      for (const role of ROLES) {
        const r = attempt(type, PERSON[role])
        if (WHO[type].includes(role)) expect(r, `${role} ${type}`).toEqual(E.right(expect.anything()))
        else expect(E.isLeft(r) && r.left.code, `${role} ${type}`).toBe('actor-not-permitted')
      }
    })
  }

  it('a mentee cannot review reports, a mentor cannot either', () => {
    for (const actor of [MENTEE, MENTOR]) expect(E.isLeft(attempt('review-report', actor)) && 'refused').toBe('refused')
  })

  it('only the pair log their sessions: not their manager, HR, the system, or another mentor', () => {
    for (const actor of [MANAGER, HR, SYSTEM, { role: 'mentor', employeeId: 'e11' } as const, { role: 'mentee', employeeId: 'e12' } as const]) {
      const r = attempt('log-session', actor)
      expect(E.isLeft(r) && r.left.code).toBe('actor-not-permitted')
    }
  })

  it('only a manager of the pair formalises: not the pair, HR, or a manager of another team', () => {
    for (const actor of [MENTOR, MENTEE, HR, { role: 'manager', employeeId: 'e20' } as const, { role: 'manager', employeeId: 'e00' } as const]) {
      const r = attempt('formalise', actor)
      expect(E.isLeft(r) && r.left.code).toBe('actor-not-permitted')
    }
  })

  it('accept and decline are each for oneself: a mentor cannot answer as the mentee', () => {
    for (const type of ['accept', 'decline'] as const) {
      const r = attempt(type, { role: 'mentee', employeeId: 'e12' })
      expect(E.isLeft(r) && r.left.code).toBe('actor-not-permitted')
    }
  })

  it('the programme manager given in the context acts for every pair', () => {
    const ctx = { org, programmeManagerId: 'e20' }
    const log = logOf(events('m1', INFORMAL_START.slice(0, 1)))
    const [e] = events('m1', [['2026-03-11', { role: 'manager', employeeId: 'e20' }, 'encourage']], 2)
    expect(E.isRight(apply(log, e, ctx))).toBe(true)
    expect(E.isRight(apply(log, e, { org }))).toBe(false)
  })
})
