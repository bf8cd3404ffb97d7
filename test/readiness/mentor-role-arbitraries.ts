/** Random actors, events and event sequences for the mentor-role tests. */
import fc from 'fast-check'
import type { Actor } from '../../src/machine/actor.js'
import { addDays, type IsoDate } from '../../src/model/date.js'
import { INTEREST_SOURCES } from '../../src/model/organisation.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import type { MentorRoleEvent, MentorRoleState } from '../../src/readiness/mentor-role-types.js'
import { EMPLOYEES, SUBJECTS } from './mentor-role-fixture.js'
import { EDGES, EVENT_TYPES, WHO, type T } from './mentor-role-spec.js'

/** Anyone in any role, but mostly the people who may act on `subject`, so that sequences get somewhere. */
export const arbActor = (subject: string): fc.Arbitrary<Actor> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant<Actor>({ role: 'manager', employeeId: 'm1' }) },
    { weight: 4, arbitrary: fc.constant<Actor>({ role: 'mentor', employeeId: subject }) },
    { weight: 2, arbitrary: fc.constant<Actor>({ role: 'hr', employeeId: 'hr1' }) },
    { weight: 1, arbitrary: fc.constant<Actor>({ role: 'system' }) },
    {
      weight: 2,
      arbitrary: fc.record({
        role: fc.constantFrom('manager', 'mentor', 'mentee', 'hr' as const),
        employeeId: fc.constantFrom(...EMPLOYEES, 'nobody'),
      }),
    },
  )

const arbMentee = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('e2', 'e3', 'e5') },
  { weight: 1, arbitrary: fc.constantFrom(...EMPLOYEES, 'nobody') },
)
const opt = <A>(key: string, arb: fc.Arbitrary<A>): fc.Arbitrary<Record<string, A>> =>
  fc.option(arb, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }))

/** One event of each type at `at`, with fields drawn from small sets so that they often fit. */
export const arbEvents = (at: string): fc.Arbitrary<Readonly<Record<T, MentorRoleEvent>>> =>
  fc.record({
    'record-interest': fc
      .record({ source: fc.constantFrom(...INTEREST_SOURCES), interested: fc.boolean() })
      .map((f) => ({ type: 'record-interest' as const, at, ...f })),
    encourage: fc.constant({ type: 'encourage' as const, at }),
    'start-training': opt('kind', fc.constantFrom('coaching-techniques', 'first-aid')).map((f) => ({
      type: 'start-training' as const,
      at,
      ...f,
    })),
    'complete-training': fc.constant({ type: 'complete-training' as const, at }),
    approve: opt('capacity', fc.integer({ min: 0, max: 3 })).map((f) => ({ type: 'approve' as const, at, ...f })),
    'take-on-mentee': arbMentee.map((menteeId) => ({ type: 'take-on-mentee' as const, at, menteeId })),
    'release-mentee': arbMentee.map((menteeId) => ({ type: 'release-mentee' as const, at, menteeId })),
    pause: opt('reason', fc.string({ maxLength: 8 })).map((f) => ({ type: 'pause' as const, at, ...f })),
    resume: fc.constant({ type: 'resume' as const, at }),
    withdraw: opt('reason', fc.string({ maxLength: 8 })).map((f) => ({ type: 'withdraw' as const, at, ...f })),
  })

/**
 * One step: an actor, one candidate event per type, and how to choose among them when the step is
 * played: `aim` picks (by `pick`) an event type the domain table allows in the current status, so
 * that sequences get far; otherwise any type.
 */
export interface Step {
  readonly actor: Actor
  readonly events: Readonly<Record<T, MentorRoleEvent>>
  readonly aim: boolean
  readonly pick: number
}

/** The event and actor a step plays in `state`: aimed steps take a permitted person (spec {@link WHO}). */
export const play = (step: Step, state: MentorRoleState): readonly [MentorRoleEvent, Actor] => {
  const row = Object.keys(EDGES[state.status]) as T[]
  const types = step.aim && row.length > 0 ? row : EVENT_TYPES
  const event = step.events[types[step.pick % types.length] ?? 'encourage']
  if (!step.aim) return [event, step.actor]
  const roles: readonly string[] = WHO[event.type]
  const role = roles[Math.floor(step.pick / 7) % roles.length]
  const actor: Actor =
    role === 'manager' ? { role, employeeId: 'm1' } : role === 'hr' ? { role, employeeId: 'hr1' } : { role: 'mentor', employeeId: state.employeeId }
  if (event.type !== 'record-interest') return [event, actor]
  const source = role === 'mentor' ? 'self' : event.source === 'self' ? 'manager' : event.source
  return [{ ...event, source }, actor]
}

export interface Run {
  readonly subject: string
  readonly level: (typeof FORMALITY_LEVELS)[number]
  readonly steps: readonly Step[]
}

/** A subject, a policy level, and up to 60 steps whose moments mostly move forward (sometimes back). */
export const arbRun: fc.Arbitrary<Run> = fc
  .record({ subject: fc.constantFrom(...SUBJECTS), level: fc.constantFrom(...FORMALITY_LEVELS) })
  .chain(({ subject, level }) =>
    fc
      .array(fc.integer({ min: -3, max: 90 }), { maxLength: 60 })
      .chain((offsets) => {
        let day = '2026-01-01' as IsoDate
        const ats = offsets.map((delta) => (day = addDays(day, delta)))
        const step = (at: string): fc.Arbitrary<Step> =>
          fc.record({
            actor: arbActor(subject),
            events: arbEvents(at),
            aim: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
            pick: fc.nat(),
          })
        return fc.tuple(...ats.map(step))
      })
      .map((steps) => ({ subject, level, steps })),
  )
