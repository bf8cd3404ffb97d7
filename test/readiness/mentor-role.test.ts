import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { ROLES, type Actor } from '../../src/machine/actor.js'
import { mentorRole, mentorRoleLoad } from '../../src/readiness/mentor-role.js'
import type { MentorRoleEvent, MentorRoleState } from '../../src/readiness/mentor-role-types.js'
import { parseMermaid } from '../machine/parse-mermaid.js'
import { arbRun, play } from './mentor-role-arbitraries.js'
import { ctxOf, deepFreeze, drive, hr, initial, manager, self } from './mentor-role-fixture.js'
import { EDGE_LIST, EDGES, EVENT_TYPES, STATUSES, WHO, type S, type T } from './mentor-role-spec.js'

/** What a state's data must say whatever happened before (the unions' promises). */
const wellFormed = (s: MentorRoleState, subject: string): void => {
  expect(s.employeeId).toBe(subject)
  const mentees = 'mentees' in s ? s.mentees : []
  expect(new Set(mentees).size).toBe(mentees.length)
  expect(mentees).not.toContain(subject)
  if (s.status === 'ready') expect(s.capacity).toBeGreaterThanOrEqual(0)
  if (s.status === 'active') expect(s.mentees.length > 0 && s.mentees.length < s.capacity).toBe(true)
  if (s.status === 'full') expect(s.mentees.length).toBe(s.capacity)
  if (s.status === 'interested') expect(s.interest.interested).toBe(true)
  if (s.status === 'not-interested') expect(s.interest.interested).toBe(false)
  if (s.status === 'in-training') expect(['interested', 'encouraged']).toContain(s.candidate.status)
}

describe('mentorRole: random event sequences by random actors', () => {
  it('never throw, stay on the edges of the domain table, and refusals change nothing', () => {
    fc.assert(
      fc.property(arbRun, ({ subject, level, steps }) => {
        const ctx = ctxOf(level)
        let state = deepFreeze(initial(subject))
        for (const step of steps) {
          const [event, actor] = play(step, state)
          const before = structuredClone(state)
          const r = mentorRole.transition(state, event, actor, ctx)
          expect(state).toEqual(before)
          if (E.isLeft(r)) continue
          expect(EDGE_LIST).toContain(`${state.status}|${event.type}|${r.right.status}`)
          expect(WHO[event.type]).toContain(actor.role)
          state = deepFreeze(r.right)
          wellFormed(state, subject)
          expect(STATUSES).toContain(state.status)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('an accepted event was among the allowed events of its actor on its day', () => {
    fc.assert(
      fc.property(arbRun, ({ subject, level, steps }) => {
        let state = initial(subject)
        for (const step of steps) {
          const [event, actor] = play(step, state)
          const r = mentorRole.transition(state, event, actor, ctxOf(level))
          if (E.isRight(r)) {
            expect(mentorRole.allowedEvents(state, actor, ctxOf(level, event.at))).toContain(event.type)
            state = r.right
          }
        }
      }),
    )
  })

  it('an allowed event whose guard reads no event field is accepted on that day', () => {
    const plain: readonly T[] = ['encourage', 'start-training', 'complete-training', 'pause', 'resume', 'withdraw', 'approve']
    fc.assert(
      fc.property(arbRun, ({ subject, level, steps }) => {
        let state = initial(subject)
        for (const step of steps) {
          const [event, actor] = play(step, state)
          const at = event.at
          for (const type of mentorRole.allowedEvents(state, actor, ctxOf(level, at))) {
            if (!plain.includes(type)) continue
            const r = mentorRole.transition(state, { type, at } as MentorRoleEvent, actor, ctxOf(level))
            expect(E.isRight(r) || (E.isLeft(r) && r.left.code === 'out-of-order'), `${type} in ${state.status}`).toBe(true)
          }
          const r = mentorRole.transition(state, event, actor, ctxOf(level))
          if (E.isRight(r)) state = r.right
        }
      }),
      { numRuns: 60 },
    )
  })
})

/** One state per status for e4 (nothing recorded, seasoned, trained, capacity 2), reached by events. */
const at = (n: number): string => `2026-03-${String(n).padStart(2, '0')}`
const e4 = self('e4')
const notAsked = initial('e4')
const interested = drive(notAsked, [[{ type: 'record-interest', at: at(1), source: 'self', interested: true }, e4]])
const ready = drive(interested, [[{ type: 'approve', at: at(2) }, manager]])
const active = drive(ready, [[{ type: 'take-on-mentee', at: at(3), menteeId: 'e2' }, manager]])
const FIXTURES: Record<S, MentorRoleState> = {
  'not-asked': notAsked,
  interested,
  'not-interested': drive(notAsked, [[{ type: 'record-interest', at: at(1), source: 'goal-setting', interested: false }, manager]]),
  encouraged: drive(notAsked, [[{ type: 'encourage', at: at(1) }, manager]]),
  'in-training': drive(interested, [[{ type: 'start-training', at: at(2) }, hr]]),
  ready,
  active,
  full: drive(active, [[{ type: 'take-on-mentee', at: at(4), menteeId: 'e3' }, hr]]),
  paused: drive(ready, [[{ type: 'pause', at: at(3) }, e4]]),
  withdrawn: drive(interested, [[{ type: 'withdraw', at: at(2), reason: 'workload' }, e4]]),
}
const pausedWithMentee = drive(active, [[{ type: 'pause', at: at(4) }, manager]])

/** An event of `type` that passes every guard in the fixture of `status`, for an actor of `role`. */
const eventFor = (type: T, role: string): MentorRoleEvent => {
  const when = at(20)
  if (type === 'record-interest') return { type, at: when, source: role === 'mentor' ? 'self' : 'performance-review', interested: true }
  if (type === 'take-on-mentee') return { type, at: when, menteeId: 'e5' }
  if (type === 'release-mentee') return { type, at: when, menteeId: 'e2' }
  return { type, at: when }
}
const actorFor = (role: (typeof ROLES)[number]): Actor =>
  role === 'system' ? { role } : { role, employeeId: { manager: 'm1', mentor: 'e4', mentee: 'e2', hr: 'hr1' }[role] }

describe('mentorRole: the full role x event table', () => {
  it('every status is reachable by events', () => {
    for (const s of STATUSES) expect(FIXTURES[s].status).toBe(s)
  })

  for (const type of EVENT_TYPES) {
    it(`${type}: only ${WHO[type].join(', ')} may, and only from ${Object.keys(EDGES).filter((s) => EDGES[s as S][type] !== undefined).join(', ')}`, () => {
      const ctx = ctxOf('spontaneous')
      for (const status of STATUSES) {
        const state = status === 'paused' && type === 'release-mentee' ? pausedWithMentee : FIXTURES[status]
        for (const role of ROLES) {
          const r = mentorRole.transition(state, eventFor(type, role), actorFor(role), ctx)
          const expected =
            EDGES[status][type] === undefined
              ? E.left({ code: 'not-allowed-in-state', status, event: type })
              : (WHO[type] as readonly string[]).includes(role)
                ? { _tag: 'Right' }
                : E.left({ code: 'actor-not-permitted', role, event: type })
          expect(r, `${role} ${type} in ${status}`).toMatchObject(expected)
        }
      }
    })
  }
})

describe('mentorRole: who holds a role', () => {
  const ctx = ctxOf('spontaneous')
  const someoneElse = (role: 'manager' | 'mentor'): Actor => ({ role, employeeId: role === 'manager' ? 'm2' : 'e1' })

  it('a manager outside the reporting line, or another employee as mentor, is not permitted', () => {
    for (const status of STATUSES) {
      for (const type of EVENT_TYPES) {
        if (EDGES[status][type] === undefined) continue
        for (const role of ['manager', 'mentor'] as const) {
          const r = mentorRole.transition(FIXTURES[status], eventFor(type, role), someoneElse(role), ctx)
          expect(r, `${role} ${type} in ${status}`).toEqual(E.left({ code: 'actor-not-permitted', role, event: type }))
        }
      }
    }
  })

  it('a manager higher up the line may act (b0 manages m1 manages e4)', () => {
    const r = mentorRole.transition(notAsked, { type: 'encourage', at: at(5) }, { role: 'manager', employeeId: 'b0' }, ctx)
    expect(r).toMatchObject({ _tag: 'Right', right: { status: 'encouraged', encouragement: { by: 'b0', on: at(5) } } })
  })

  it('interest heard in a conversation is recorded by the manager, self-nomination only by the person (S12)', () => {
    const sources = ['goal-setting', 'performance-review', 'manager', 'self'] as const
    for (const source of sources) {
      for (const actor of [manager, e4]) {
        const r = mentorRole.transition(notAsked, { type: 'record-interest', at: at(5), source, interested: true }, actor, ctx)
        const mayDo = (source === 'self') === (actor.role === 'mentor')
        expect(E.isRight(r), `${source} by ${actor.role}`).toBe(mayDo)
        if (E.isRight(r)) expect(r.right).toMatchObject({ status: 'interested', interest: { source, recordedOn: at(5) } })
      }
    }
  })
})

describe('mentorRole.toMermaid', () => {
  const d = parseMermaid(mentorRole.toMermaid())

  it('lists every state and every edge of the domain table, with the roles that may take it', () => {
    expect(d.header).toBe('stateDiagram-v2')
    expect(d.unknown).toEqual([])
    expect(d.states).toEqual(new Set(STATUSES))
    const expected = EDGE_LIST.map((e) => `${e}|${WHO[e.split('|')[1] as T].join(', ')}`)
    expect(d.edges).toEqual(new Set(expected))
  })

  it('marks exactly the guarded edges: approval, mentees, and withdrawing while paused', () => {
    const guarded = mentorRole
      .toMermaid()
      .split('\n')
      .filter((l) => l.endsWith(' guarded'))
      .map((l) => l.trim().split(' '))
      .map(([from, , , , event]) => `${from ?? ''}|${event ?? ''}`)
    const expected = EDGE_LIST.map((e) => e.split('|'))
      .filter(([from, event]) => ['approve', 'take-on-mentee', 'release-mentee'].includes(event ?? '') || (from === 'paused' && event === 'withdraw'))
      .map(([from, event]) => `${(from ?? '').replace('-', '_')}|${event ?? ''}`)
    expect(new Set(guarded)).toEqual(new Set(expected))
  })

  it('starts where initial can start', () => {
    expect(d.initial).toEqual(new Set(['not-asked', 'interested', 'not-interested']))
    expect(new Set(['e1', 'e2', 'e3'].map((id) => initial(id).status))).toEqual(d.initial)
  })

  it('the machine has exactly the statuses of the domain', () => {
    expect([...mentorRole.statuses].sort()).toEqual([...STATUSES].sort())
    expect(mentorRoleLoad(FIXTURES.full)).toBe(2)
  })
})
