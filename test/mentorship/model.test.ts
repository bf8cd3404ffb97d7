/**
 * Model-based tests of the mentorship machine: random sequences of events over four mentorships,
 * random actors (mostly the right person for the role, sometimes anybody), random clocks (mostly
 * forward, sometimes back) and random version numbers (mostly the next one).
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { ROLES, type Actor, type Role } from '../../src/machine/actor.js'
import type { PairSummary } from '../../src/mentorship/context.js'
import { EVENT_TYPES, type MentorshipEventType } from '../../src/mentorship/events.js'
import { apply, replay, type MentorshipLog } from '../../src/mentorship/log.js'
import { mentorship } from '../../src/mentorship/machine.js'
import type { MentorshipState } from '../../src/mentorship/state.js'
import { addDays, type IsoDate } from '../../src/model/date.js'
import { org } from './fixture.js'

const IDS = ['m1', 'm2', 'm3', 'm4'] as const
const MENTORS = ['e11', 'e12', 'e13'] as const
const MENTEES = ['e15', 'e17', 'e11'] as const
const POOL = ['e10', 'e00', 'e20', 'e11', 'e12', 'e13', 'e15', 'e17', 'h1'] as const
const ctx = { org }
/** Events that close a pair: steered towards less often, so that runs get deep. */
const RARE: readonly MentorshipEventType[] = ['decline', 'expire', 'end']

interface Intent {
  readonly m: number
  readonly type: MentorshipEventType
  readonly steer: boolean
  readonly right: boolean
  readonly role: Role
  readonly person: number
  readonly dt: number
  readonly skew: number
  readonly seed: readonly number[]
  readonly garbage: unknown
}

const arbIntent: fc.Arbitrary<Intent> = fc.record({
  m: fc.nat(IDS.length - 1),
  type: fc.constantFrom(...EVENT_TYPES),
  steer: fc.nat(4).map((n) => n > 0),
  right: fc.nat(9).map((n) => n < 8),
  role: fc.constantFrom(...ROLES),
  person: fc.nat(POOL.length - 1),
  dt: fc.integer({ min: -2, max: 12 }),
  skew: fc.nat(19).map((n) => (n === 0 ? -1 : n === 1 ? 1 : n === 2 ? 2 : 0)),
  seed: fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }),
  garbage: fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.anything() }),
})

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length] as T

/** The fields of an event of `type`, from the seed (sometimes inconsistent on purpose). */
const fieldsOf = (type: MentorshipEventType, s: readonly number[], day: IsoDate): Record<string, unknown> => {
  const [a = 0, b = 0, c = 0, d = 0] = s
  const date = addDays(day, -(a % 10) + (b % 9 === 0 ? 1 : 0))
  switch (type) {
    case 'observe':
      return { mentorId: pick(MENTORS, a), menteeId: pick(MENTEES, b) }
    case 'propose':
      return {
        mentorId: pick(MENTORS, a),
        menteeId: pick(MENTEES, b),
        formality: pick(['encouraged', 'structured', 'formal'], c),
        ...(d % 2 === 0 ? {} : { respondBy: addDays(day, (d % 20) - 2) }),
      }
    case 'formalise':
      return { formality: pick(['structured', 'formal'], a) }
    case 'set-goals':
      return {
        goals: Array.from({ length: a % 3 }, (_, i) => ({
          id: `g${b % 5 === 0 ? 0 : i}`,
          description: `goal ${i}`,
          successCriteria: 'done',
          targetDate: addDays(day, 30 + i),
        })),
      }
    case 'set-plan':
      return { cadenceWeeks: 1 + (a % 4), startDate: addDays(day, (b % 10) - 5), endDate: addDays(day, (c % 100) - 10) }
    case 'log-session':
      return { date, topics: pick([[], ['approach'], ['buy-in', 'strategy']], c), ...(d % 2 === 0 ? { notes: 'private' } : {}) }
    case 'submit-report':
      return {
        period: 1 + (a % 3),
        progress: Array.from({ length: b % 3 }, (_, i) => ({ goalId: `g${(c + i) % 3}`, status: pick(['on-track', 'at-risk', 'achieved', 'dropped'], d + i), note: '' })),
        reflection: 'r',
      }
    case 'review-report':
      return { period: 1 + (a % 3), verdict: pick(['accepted', 'follow-up'], b), feedback: 'f' }
    case 'check-in':
      return { date, ...(c % 2 === 0 ? { notes: 'n' } : {}), ...(d % 2 === 0 ? { reflection: 'learned' } : {}) }
    case 'record-outcome':
      return c % 2 === 0
        ? { subject: 'mentee', measure: pick(['belonging', 'development-pace', 'engagement', 'coping'], a), value: 1 + (b % 5) }
        : { subject: 'mentor', measure: pick(['motivating', 'coaching', 'setting-boundaries', 'giving-freedom'], a), value: 1 + (b % 5) }
    case 'pause':
    case 'resume':
      return a % 2 === 0 ? {} : { reason: 'holiday' }
    case 'end':
      return { reason: pick(['mismatch', 'workload', 'left-organisation', 'other'], a) }
    default:
      return {}
  }
}

/** The right person for `role` in a pair. */
const rightPerson = (role: Role, pair: { mentorId: string; menteeId: string }): Actor =>
  role === 'system' ? { role } : { role, employeeId: { manager: 'e10', mentor: pair.mentorId, mentee: pair.menteeId, hr: 'h1' }[role] }

const othersOf = (log: MentorshipLog, s: PairSummary): PairSummary[] =>
  Object.values(log.mentorships).filter((o) => [o.mentorId, o.menteeId].some((p) => p === s.mentorId || p === s.menteeId))

const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const v of Object.values(x)) deepFreeze(v)
  }
  return x
}

interface Run {
  readonly log: MentorshipLog
  readonly accepted: readonly unknown[]
  readonly refused: readonly { readonly before: number; readonly event: unknown; readonly code: string }[]
  readonly allowedViolations: readonly string[]
  readonly visited: ReadonlySet<string>
  readonly invariantViolations: readonly string[]
}

/**
 * The invariants of a set of mentorships, checked independently of the guards: no mentor runs more
 * mentorships than their capacity, and no two running mentorships have the same two people.
 */
const violations = (log: MentorshipLog): string[] => {
  const running = Object.values(log.mentorships).filter((s) => s.status === 'active' || s.status === 'paused')
  const over = org.employees
    .filter((e) => running.filter((s) => s.mentorId === e.id).length > e.mentorCapacity)
    .map((e) => `${e.id} above capacity ${e.mentorCapacity}`)
  const pairs = running.map((s) => [s.mentorId, s.menteeId].sort().join('+'))
  return [...over, ...pairs.filter((p, i) => pairs.indexOf(p) !== i).map((p) => `${p} twice`)]
}

/** Play the intents through `apply`, checking on the way that a refusal changes nothing. */
const play = (intents: readonly Intent[]): Run => {
  let log: MentorshipLog = { mentorships: {} }
  let day = '2026-03-01' as IsoDate
  const accepted: unknown[] = []
  const refused: { before: number; event: unknown; code: string }[] = []
  const allowedViolations: string[] = []
  const visited = new Set<string>()
  const invariantViolations: string[] = []
  for (const it of intents) {
    day = addDays(day, it.dt)
    const id = pick(IDS, it.m)
    const state: MentorshipState | undefined = log.mentorships[id]
    const fields = fieldsOf(it.type, it.seed, day)
    const pair = state ?? { mentorId: String(fields['mentorId'] ?? 'e12'), menteeId: String(fields['menteeId'] ?? 'e15') }
    // Steer towards events that can happen: an opening event for a new mentorship, and for an
    // existing one (when `steer`) a type some role may do now, by that role.
    const steered: (readonly [Role, MentorshipEventType])[] =
      state === undefined
        ? [['manager', 'observe'], ['manager', 'propose'], ['hr', 'propose']]
        : it.steer
          ? ROLES.flatMap((r) =>
              mentorship
                .allowedEvents(state, rightPerson(r, pair), { ...ctx, others: othersOf(log, state) })
                .flatMap((t) => Array.from({ length: RARE.includes(t) ? 1 : 6 }, () => [r, t] as const)),
            )
          : []
    const [role, type] = steered.length > 0 && (it.seed[4] ?? 0) % 5 !== 0 ? pick(steered, it.seed[5] ?? 0) : [it.role, it.type]
    const actor: Actor = it.right ? rightPerson(role, pair) : role === 'system' ? { role: 'system' } : { role, employeeId: pick(POOL, it.person) }
    const at = (it.seed[6] ?? 0) % 3 === 0 ? `${day}T10:00:00+01:00` : day
    const event =
      it.garbage !== undefined
        ? it.garbage
        : { v: 1, mentorshipId: id, seq: (state?.seq ?? 0) + 1 + it.skew, type, at, actor, ...fieldsOf(type, it.seed, day) }
    const before = JSON.stringify(log)
    const r = apply(deepFreeze(log), event, ctx)
    if (E.isRight(r)) {
      if (state !== undefined && !mentorship.allowedEvents(state, actor, { ...ctx, others: othersOf(log, state) }).includes(type)) {
        allowedViolations.push(`${state.status} ${type} ${JSON.stringify(actor)}`)
      }
      log = r.right
      visited.add(log.mentorships[id]?.status ?? '')
      invariantViolations.push(...violations(log))
      accepted.push(event)
    } else {
      expect(JSON.stringify(log)).toBe(before)
      refused.push({ before: accepted.length, event, code: r.left.code })
    }
  }
  return { log, accepted, refused, allowedViolations, visited, invariantViolations }
}

const arbIntents = fc.array(arbIntent, { minLength: 1, maxLength: 80, size: 'max' })

describe('mentorship machine, model-based', () => {
  it('applying any sequence of events never throws, and a refused event changes nothing', () => {
    fc.assert(
      fc.property(arbIntents, (intents) => {
        play(intents)
      }),
      { numRuns: 100 },
    )
  })

  it('replay of the accepted events equals the state reached by applying them', () => {
    fc.assert(
      fc.property(arbIntents, (intents) => {
        const run = play(intents)
        expect(replay(run.accepted, ctx)).toEqual(E.right(run.log))
      }),
      { numRuns: 100 },
    )
  })

  it('replay of the accepted events plus a refused one fails at that index with the same code', () => {
    fc.assert(
      fc.property(arbIntents, (intents) => {
        const run = play(intents)
        for (const r of run.refused.slice(-3)) {
          const result = replay([...run.accepted.slice(0, r.before), r.event], ctx)
          expect(E.isLeft(result) && { code: result.left.code, index: result.left.index }).toEqual({ code: r.code, index: r.before })
        }
      }),
      { numRuns: 100 },
    )
  })

  it('allowedEvents never hides an event the machine accepts', () => {
    fc.assert(
      fc.property(arbIntents, (intents) => {
        expect(play(intents).allowedViolations).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('no mentor is ever above capacity, and no two running mentorships have the same two people', () => {
    fc.assert(
      fc.property(arbIntents, (intents) => {
        expect(play(intents).invariantViolations).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('the random runs reach every status (the generator is not stuck at the start)', () => {
    const reached = new Set<string>()
    fc.assert(
      fc.property(arbIntents, (intents) => {
        for (const s of play(intents).visited) reached.add(s)
      }),
      { numRuns: 200, seed: 42 },
    )
    expect([...reached].sort()).toEqual(['accepted', 'active', 'completed', 'declined', 'encouraged', 'ended', 'expired', 'observed', 'paused', 'proposed'])
  })
})
