/**
 * fast-check arbitraries of invalid mentorship event logs (part of `mentorschap/testing`): a
 * valid generated log with one bad event put in or changed, tagged with the error `replay` must
 * give (its code and the index of the bad event), so that hosts can test their error handling.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { ROLES, type Actor } from '../machine/actor.js'
import { addDays } from '../model/date.js'
import { employeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import { EVENT_TYPES, type MentorshipEvent, type MentorshipEventType } from '../mentorship/events.js'
import type { MentorshipFailedCode } from '../mentorship/failed.js'
import { replay, type LogContext, type ReplayError } from '../mentorship/log.js'
import { MENTORSHIP_TABLE } from '../mentorship/machine.js'
import { dayOf } from '../mentorship/moment.js'
import type { MentorshipState } from '../mentorship/state.js'
import { sampleBody } from './sample-body.js'
import type { ArbEventLogOptions, GeneratedEventLog } from './event-log-options.js'
import { arbEventLog } from './event-log.js'
import { printable } from './printable.js'

/**
 * The kinds of bad event {@link arbInvalidEventLog} makes.
 * - `version-conflict`: an event's `seq` is not the next one of its mentorship.
 * - `out-of-order`: an event dated before its mentorship's previous event.
 * - `not-allowed-in-state`: an event its mentorship's status has no transition for.
 * - `actor-not-permitted`: an event by a role that may not do it (or a pair opened by HR observing it).
 * - `unknown-employee`: a proposal of a pair with someone who is not in the organisation.
 * - `unknown-mentorship`: a first event of a mentorship that is not `observe` or `propose`.
 * - `invalid-event`: an event of the wrong shape (version, moment, number, actor, type, extra field).
 * @example
 * INVALID_EVENT_KINDS.includes('out-of-order') // true
 * @since 0.1.0
 */
export const INVALID_EVENT_KINDS = [
  'version-conflict',
  'out-of-order',
  'not-allowed-in-state',
  'actor-not-permitted',
  'unknown-employee',
  'unknown-mentorship',
  'invalid-event',
] as const

/**
 * One of {@link INVALID_EVENT_KINDS}.
 * @example
 * const k: InvalidEventKind = 'version-conflict'
 * @since 0.1.0
 */
export type InvalidEventKind = (typeof INVALID_EVENT_KINDS)[number]

/**
 * What `replay` must give for an invalid log: the error's code, the index of the bad event, and
 * for a `guard-failed` the failed requirement that must be among the issues.
 * @example
 * const x: ExpectedReplayError = { code: 'guard-failed', index: 3, failed: 'reporting-line' }
 * @since 0.1.0
 */
export interface ExpectedReplayError {
  readonly code: ReplayError['code']
  readonly index: number
  readonly failed?: MentorshipFailedCode
}

/**
 * A log with exactly one bad event: every event before `expected.index` replays, that one does
 * not.
 * @example
 * const bad: InvalidEventLog = { events: [{ hug: true }], ctx: { org }, kind: 'invalid-event', expected: { code: 'invalid-event', index: 0 } }
 * @since 0.1.0
 */
export interface InvalidEventLog {
  readonly events: readonly unknown[]
  readonly ctx: LogContext
  readonly kind: InvalidEventKind
  readonly expected: ExpectedReplayError
}

/**
 * Knobs of {@link arbInvalidEventLog}: those of the valid log it starts from, and the kinds of bad
 * event (default: all).
 * @example
 * const o: ArbInvalidEventLogOptions = { kinds: ['version-conflict', 'out-of-order'], maxMentorships: 2 }
 * @since 0.1.0
 */
export interface ArbInvalidEventLogOptions extends ArbEventLogOptions {
  readonly kinds?: readonly InvalidEventKind[]
}

/** The drawn numbers that place and shape the bad event. */
interface Draw {
  readonly kind: InvalidEventKind
  readonly position: number
  readonly pick: number
}

type Built = Pick<InvalidEventLog, 'events' | 'expected'>

const NEEDS_EVENTS: ReadonlySet<InvalidEventKind> = new Set(['out-of-order', 'not-allowed-in-state'])

const insert = (events: readonly unknown[], i: number, e: unknown): unknown[] => [...events.slice(0, i), e, ...events.slice(i)]

/** An id not in `taken`, from `base`. */
const fresh = (base: string, taken: (id: string) => boolean): string => {
  let k = 1
  while (taken(`${base}-${k}`)) k++
  return `${base}-${k}`
}

/** The state of event `j`'s mentorship right after it. */
const stateAfter = (log: GeneratedEventLog, j: number): MentorshipState | undefined => {
  const e = log.events[j]
  const r = replay(log.events.slice(0, j + 1), log.ctx)
  return e === undefined || E.isLeft(r) ? undefined : r.right.mentorships[e.mentorshipId]
}

/** An event for the mentorship in state `s` right after its last event: the next number, the same moment. */
const follow = (s: MentorshipState, actor: Actor, type: MentorshipEventType): MentorshipEvent =>
  ({ v: 1, mentorshipId: s.mentorshipId, seq: s.seq + 1, at: s.updatedAt, actor, ...sampleBody(type, s, dayOf(s.updatedAt)) }) as MentorshipEvent

/** The first event of a new mentorship, placed at index `i`. */
const opening = (log: GeneratedEventLog, i: number, actor: Actor, type: MentorshipEventType, pair: { mentorId: string; menteeId: string }, seq = 1) => {
  const id = fresh('bad', (x) => Object.hasOwn(log.mentorships, x))
  const day = dayOf(log.events[i - 1]?.at ?? log.lastDay)
  return { v: 1, mentorshipId: id, seq, at: day, actor, ...sampleBody(type, pair, day) }
}

const somePair = (org: Organisation, pick: number): { mentorId: string; menteeId: string } => {
  const ids = org.employees.map((e) => e.id as string)
  const mentorId = ids[pick % Math.max(1, ids.length)] ?? 'nobody-1'
  const menteeId = ids.find((x) => x !== mentorId) ?? fresh('nobody', (x) => x === mentorId)
  return { mentorId, menteeId }
}

const rowOf = (s: MentorshipState): MentorshipEventType[] => Object.keys(MENTORSHIP_TABLE[s.status]) as MentorshipEventType[]

const versionConflict = (log: GeneratedEventLog, d: Draw): Built => {
  const i = d.position % Math.max(1, log.events.length)
  const e = log.events[i]
  if (e === undefined) {
    return { events: [opening(log, 0, { role: 'hr', employeeId: 'hr' }, 'propose', somePair(log.ctx.org, d.pick), 2)], expected: { code: 'version-conflict', index: 0 } }
  }
  const events = log.events.map((x, k) => (k === i ? { ...x, seq: x.seq + 1 + (d.pick % 3) } : x))
  return { events, expected: { code: 'version-conflict', index: i } }
}

/** A changed event right after event `j` of its mentorship (so at index `j + 1`). */
const after = (log: GeneratedEventLog, d: Draw, make: (s: MentorshipState) => unknown): Built | undefined => {
  const j = d.position % Math.max(1, log.events.length)
  const s = stateAfter(log, j)
  return s === undefined ? undefined : { events: insert(log.events, j + 1, make(s)), expected: { code: d.kind, index: j + 1 } as ExpectedReplayError }
}

const notAllowed = (s: MentorshipState, pick: number): unknown => {
  const outside = EVENT_TYPES.filter((t) => !rowOf(s).includes(t))
  return follow(s, { role: 'hr', employeeId: 'hr' }, outside[pick % outside.length] ?? 'observe')
}

const outOfOrder = (s: MentorshipState, pick: number): unknown => {
  const e = follow(s, { role: 'system' }, EVENT_TYPES[pick % EVENT_TYPES.length] ?? 'expire')
  return { ...e, at: addDays(dayOf(s.updatedAt), -1 - (pick % 30)) }
}

const notPermitted = (log: GeneratedEventLog, d: Draw): Built => {
  const j = d.position % Math.max(1, log.events.length)
  const s = stateAfter(log, j)
  const row = s === undefined ? [] : rowOf(s)
  const type = row[d.pick % Math.max(1, row.length)]
  if (s === undefined || type === undefined || d.pick % 4 === 0) {
    const i = d.position % (log.events.length + 1)
    const observe = opening(log, i, { role: 'hr', employeeId: 'hr' }, 'observe', somePair(log.ctx.org, d.pick))
    return { events: insert(log.events, i, observe), expected: { code: 'actor-not-permitted', index: i } }
  }
  const roles: readonly string[] = MENTORSHIP_TABLE[s.status][type]?.roles ?? []
  const role = ROLES.find((r) => !roles.includes(r)) ?? 'system'
  const actor: Actor = role === 'system' ? { role } : { role, employeeId: role === 'mentor' ? s.mentorId : s.menteeId }
  return { events: insert(log.events, j + 1, follow(s, actor, type)), expected: { code: 'actor-not-permitted', index: j + 1 } }
}

const unknownEmployee = (log: GeneratedEventLog, d: Draw): Built => {
  const i = d.position % (log.events.length + 1)
  const known = somePair(log.ctx.org, d.pick).mentorId
  const stranger = fresh('unknown-employee', (x) => log.ctx.org.index.employeeById.has(employeeId(x)) || x === known)
  const pair = d.pick % 2 === 0 ? { mentorId: known, menteeId: stranger } : { mentorId: stranger, menteeId: known }
  const e = opening(log, i, { role: 'hr', employeeId: 'hr' }, 'propose', pair)
  return { events: insert(log.events, i, e), expected: { code: 'unknown-employee', index: i } }
}

const unknownMentorship = (log: GeneratedEventLog, d: Draw): Built => {
  const i = d.position % (log.events.length + 1)
  const types = EVENT_TYPES.filter((t) => t !== 'observe' && t !== 'propose')
  const e = opening(log, i, { role: 'hr', employeeId: 'hr' }, types[d.pick % types.length] ?? 'accept', somePair(log.ctx.org, d.pick))
  return { events: insert(log.events, i, e), expected: { code: 'unknown-mentorship', index: i } }
}

/** Ways to break an event's shape. */
const BREAKS: readonly ((e: object) => unknown)[] = [
  (e) => ({ ...e, v: 2 }),
  (e) => ({ ...e, at: '2026-02-30' }),
  (e) => ({ ...e, seq: 0 }),
  (e) => ({ ...e, actor: { role: 'boss', employeeId: 'x' } }),
  (e) => ({ ...e, type: 'hug' }),
  (e) => ({ ...e, unexpected: true }),
  () => 'not an event',
]

const invalidEvent = (log: GeneratedEventLog, d: Draw): Built => {
  const i = d.position % (log.events.length + 1)
  const base: object = log.events[i] ?? opening(log, i, { role: 'hr', employeeId: 'hr' }, 'propose', somePair(log.ctx.org, d.pick))
  const broken = (BREAKS[d.pick % BREAKS.length] ?? BREAKS[0])?.(base)
  const events = i < log.events.length && d.pick % 2 === 0 ? log.events.map((x, k) => (k === i ? broken : x)) : insert(log.events, i, broken)
  return { events, expected: { code: 'invalid-event', index: i } }
}

const build = (log: GeneratedEventLog, d: Draw): Built | undefined => {
  switch (d.kind) {
    case 'version-conflict':
      return versionConflict(log, d)
    case 'out-of-order':
      return after(log, d, (s) => outOfOrder(s, d.pick))
    case 'not-allowed-in-state':
      return after(log, d, (s) => notAllowed(s, d.pick))
    case 'actor-not-permitted':
      return notPermitted(log, d)
    case 'unknown-employee':
      return unknownEmployee(log, d)
    case 'unknown-mentorship':
      return unknownMentorship(log, d)
    case 'invalid-event':
      return invalidEvent(log, d)
  }
}

/**
 * Invalid event logs over `org`: a valid log of {@link arbEventLog} (with the same knobs) with one
 * bad event put in or changed, of one of `kinds`, tagged with the error `replay` must give: the
 * code and the index of the bad event (and the failed requirement of a `guard-failed`). The
 * events before that index replay; kinds that change an existing mentorship (`out-of-order`,
 * `not-allowed-in-state`) need a log with at least one event, so the organisation must allow a pair.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbInvalidEventLog(org), ({ events, ctx, expected }) => {
 *   const r = replay(events, ctx)
 *   return E.isLeft(r) && r.left.code === expected.code && r.left.index === expected.index
 * }))
 * @since 0.1.0
 */
export const arbInvalidEventLog = (org: Organisation, options: ArbInvalidEventLogOptions = {}): fc.Arbitrary<InvalidEventLog> => {
  const kinds = options.kinds ?? INVALID_EVENT_KINDS
  const usable = (log: GeneratedEventLog): InvalidEventKind[] => kinds.filter((k) => log.events.length > 0 || !NEEDS_EVENTS.has(k))
  return arbEventLog(org, options)
    .filter((log) => usable(log).length > 0)
    .chain((log) =>
      fc
        .record({ kind: fc.constantFrom(...usable(log)), position: fc.nat(), pick: fc.nat(1000) })
        .map((d) => ({ built: build(log, d), kind: d.kind }))
        .filter((x): x is { built: Built; kind: InvalidEventKind } => x.built !== undefined)
        .map(({ built, kind }) => printable({ ...built, ctx: log.ctx, kind })),
    )
}
