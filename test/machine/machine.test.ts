import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { ROLES, type Actor } from '../../src/machine/actor.js'
import { door, KEYS, type DoorCtx, type DoorEvent, type DoorState } from './toy.js'

const PEOPLE = ['p1', 'p2', 'p3'] as const

const arbActor: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant<Actor>({ role: 'system' }),
  fc.record({ role: fc.constantFrom('manager', 'mentor', 'mentee', 'hr' as const), employeeId: fc.constantFrom(...PEOPLE) }),
)
const arbKey = fc.constantFrom(...KEYS)
const arbEvent: fc.Arbitrary<DoorEvent> = fc.oneof(
  fc.constant<DoorEvent>({ type: 'open' }),
  fc.constant<DoorEvent>({ type: 'close' }),
  arbKey.map((key): DoorEvent => ({ type: 'lock', key })),
  arbKey.map((key): DoorEvent => ({ type: 'unlock', key })),
  fc.constant<DoorEvent>({ type: 'smash' }),
)
const arbCtx: fc.Arbitrary<DoorCtx> = fc.record({
  officeHours: fc.boolean(),
  keyHolders: fc.subarray([...PEOPLE]),
})
const arbState: fc.Arbitrary<DoorState> = fc.oneof(
  fc.constant<DoorState>({ status: 'shut' }),
  fc.constantFrom(...PEOPLE).map((openedBy): DoorState => ({ status: 'open', openedBy })),
  arbKey.map((key): DoorState => ({ status: 'locked', key })),
  fc.constant<DoorState>({ status: 'broken' }),
)
/** Every event there is, for brute force over the toy's small event space. */
const ALL_EVENTS: readonly DoorEvent[] = [
  { type: 'open' },
  { type: 'close' },
  ...KEYS.flatMap((key): DoorEvent[] => [
    { type: 'lock', key },
    { type: 'unlock', key },
  ]),
  { type: 'smash' },
]

/** The toy's edges, written out by hand from its description in toy.ts. */
const EDGES = ['shut|open|open', 'open|close|shut', 'shut|lock|locked', 'locked|unlock|shut', 'shut|smash|broken', 'locked|smash|broken']

const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null) for (const v of Object.values(x)) deepFreeze(v)
  return Object.freeze(x)
}

describe('machine core (toy door)', () => {
  it('a refused event leaves the state unchanged, an accepted one lands on a declared edge', () => {
    fc.assert(
      fc.property(arbState, arbEvent, arbActor, arbCtx, (state, event, actor, ctx) => {
        const before = structuredClone(state)
        const r = door.transition(deepFreeze(state), event, actor, ctx)
        expect(state).toEqual(before)
        if (E.isRight(r)) expect(EDGES).toContain(`${state.status}|${event.type}|${r.right.status}`)
      }),
    )
  })

  it('an event type outside the status row is not-allowed-in-state, whoever the actor', () => {
    fc.assert(
      fc.property(arbState, arbEvent, arbActor, arbCtx, (state, event, actor, ctx) => {
        fc.pre(!EDGES.some((e) => e.startsWith(`${state.status}|${event.type}|`)))
        expect(door.transition(state, event, actor, ctx)).toEqual(
          E.left({ code: 'not-allowed-in-state', status: state.status, event: event.type }),
        )
      }),
    )
  })

  it('names of Object.prototype are no event types and no statuses (no throw)', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const event = { type: name } as unknown as DoorEvent
      const state = { status: name } as unknown as DoorState
      const ctx = { officeHours: true, keyHolders: [] }
      expect(door.transition({ status: 'shut' }, event, { role: 'system' }, ctx)).toEqual(
        E.left({ code: 'not-allowed-in-state', status: 'shut', event: name }),
      )
      expect(door.transition(state, { type: 'open' }, { role: 'system' }, ctx)).toEqual(
        E.left({ code: 'not-allowed-in-state', status: name, event: 'open' }),
      )
      expect(door.allowedEvents(state, { role: 'system' }, ctx)).toEqual([])
    }
  })

  it('a role outside the edge is refused as actor-not-permitted before any guard is asked', () => {
    const ctx = { officeHours: false, keyHolders: [...PEOPLE] }
    expect(door.transition({ status: 'shut' }, { type: 'open' }, { role: 'manager', employeeId: 'p1' }, ctx)).toEqual(
      E.left({ code: 'actor-not-permitted', role: 'manager', event: 'open' }),
    )
    expect(door.transition({ status: 'shut' }, { type: 'open' }, { role: 'mentee', employeeId: 'p1' }, ctx)).toEqual(
      E.left({ code: 'guard-failed', event: 'open', failed: ['office-hours'] }),
    )
  })

  it('permits refines the role: a manager without a key may not lock', () => {
    const ctx = { officeHours: true, keyHolders: ['p2'] }
    const lock = { type: 'lock', key: 'k1' } as const
    expect(door.transition({ status: 'shut' }, lock, { role: 'manager', employeeId: 'p1' }, ctx)).toEqual(
      E.left({ code: 'actor-not-permitted', role: 'manager', event: 'lock' }),
    )
    expect(door.transition({ status: 'shut' }, lock, { role: 'manager', employeeId: 'p2' }, ctx)).toEqual(
      E.right({ status: 'locked', key: 'k1' }),
    )
  })

  it('a failing guard reports every failed requirement', () => {
    const ctx = { officeHours: true, keyHolders: [] }
    expect(door.transition({ status: 'locked', key: 'k2' }, { type: 'unlock', key: 'k1' }, { role: 'manager', employeeId: 'p1' }, ctx)).toEqual(
      E.left({ code: 'guard-failed', event: 'unlock', failed: ['wrong-key', 'k2-jammed'] }),
    )
  })

  it('allowedEvents is exactly the event types some event of which the actor can do (brute force)', () => {
    fc.assert(
      fc.property(arbState, arbActor, arbCtx, (state, actor, ctx) => {
        const brute = new Set(ALL_EVENTS.filter((e) => E.isRight(door.transition(state, e, actor, ctx))).map((e) => e.type))
        expect(new Set(door.allowedEvents(state, actor, ctx))).toEqual(brute)
      }),
    )
  })

  it('random event sequences by random actors never throw and stay inside the table', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbEvent, arbActor, arbCtx), { maxLength: 40 }), (steps) => {
        let state = door.initial()
        for (const [event, actor, ctx] of steps) {
          const r = door.transition(state, event, actor, ctx)
          if (E.isRight(r)) state = r.right
          expect(door.statuses).toContain(state.status)
        }
      }),
    )
  })

  it('statuses are the table rows, initialStatuses what initial returns', () => {
    expect([...door.statuses].sort()).toEqual(['broken', 'locked', 'open', 'shut'])
    expect(door.initialStatuses).toContain(door.initial().status)
    expect(ROLES).toHaveLength(5)
  })
})
