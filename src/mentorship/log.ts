/**
 * Event logs of mentorships: `apply` appends one event to a log's states, `replay` rebuilds every
 * mentorship of a whole log (CONTRACT §8). Hosts store logs and two people may act at once: an
 * event whose `seq` is not the next one, or whose `at` lies before the last event's, is refused
 * with `version-conflict` / `out-of-order`, so that the host can retry.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import { employeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { MentorshipContext, PairSummary, LevelPolicies } from './context.js'
import { typeName } from './event-issues.js'
import type { MentorshipEvent } from './events.js'
import { mentorship } from './machine.js'
import { openMentorship } from './opening.js'
import { parseEvent } from './parse-event.js'
import { refusalIssues } from './refusal-issues.js'
import { FINAL_STATUSES, type MentorshipState } from './state.js'
import type { MentorshipRefusal } from './types.js'

/**
 * Every mentorship of a log, by id, in the state its events lead to.
 * @example
 * const log: MentorshipLog = { mentorships: { m1: state } }
 * @since 0.1.0
 */
export interface MentorshipLog {
  readonly mentorships: { readonly [mentorshipId: string]: MentorshipState }
}

/**
 * What an event log is read with: the organisation, policy overrides per level, and optionally a
 * programme manager who may act for every pair.
 * @example
 * const formal = defaultPolicy('formal')
 * const ctx: LogContext = { org, policies: { formal: { ...formal, mentorship: { ...formal.mentorship, responseDays: 7 } } } }
 * @since 0.1.0
 */
export interface LogContext {
  readonly org: Organisation
  readonly policies?: LevelPolicies | undefined
  readonly programmeManagerId?: string | undefined
}

/**
 * Why an event cannot be appended: `invalid-event` (its shape), `unknown-employee` (the pair of
 * an opening event, or a manager, mentor or mentee acting, is not in the organisation; HR staff
 * may be outside the organisation's data and are not looked up), `unknown-mentorship` (a first
 * event that is not `observe` or `propose`), or the machine's refusal code; `issues` say why,
 * with paths into the event.
 * @example
 * const e: EventError = { code: 'version-conflict', issues: [{ code: 'version-conflict', path: ['seq'],
 *   params: { expected: 3, actual: 5 },
 *   message: 'Someone else made a change in the meantime: expected event 3, received 5. Reload and try again.' }] }
 * @since 0.1.0
 */
export interface EventError {
  readonly code: 'invalid-event' | 'unknown-employee' | 'unknown-mentorship' | MentorshipRefusal['code']
  readonly issues: readonly Issue[]
}

/**
 * The first bad event of a log: its `index`, with the code and issues of {@link EventError}
 * (issue paths start with the index), or `invalid-event-log` with index -1 when the log is not an
 * array.
 * @example
 * const replayed = replay([events[0], events[2]], { org })
 * if (replayed._tag === 'Left') {
 *   const e: ReplayError = replayed.left
 *   // { code: 'version-conflict', index: 1, issues: [{ code: 'version-conflict', path: [1, 'seq'], ... }] }
 * }
 * @since 0.1.0
 */
export interface ReplayError {
  readonly code: EventError['code'] | 'invalid-event-log'
  readonly index: number
  readonly issues: readonly Issue[]
}

const refused = (r: MentorshipRefusal): EventError => ({ code: r.code, issues: refusalIssues(r) })

/** The ids of `e` that are not in the organisation, as issues: an opening event's pair and a person acting (not HR). */
const unknownIds = (e: MentorshipEvent, org: Organisation): readonly Issue[] => {
  const ids: (readonly [Issue['path'], string])[] = []
  if (e.type === 'observe' || e.type === 'propose') ids.push([['mentorId'], e.mentorId], [['menteeId'], e.menteeId])
  if (e.actor.role !== 'system' && e.actor.role !== 'hr') ids.push([['actor', 'employeeId'], e.actor.employeeId])
  return ids.filter(([, id]) => !org.index.employeeById.has(employeeId(id))).map(([path, id]) => issue('unknown-employee', path, { id }))
}

/** The next state of the event's mentorship, given its current state and the others of the pair. */
const step = (
  current: MentorshipState | undefined,
  e: MentorshipEvent,
  others: (pair: { readonly mentorId: string; readonly menteeId: string }) => readonly PairSummary[],
  ctx: LogContext,
): E.Either<EventError, MentorshipState> => {
  const unknown = unknownIds(e, ctx.org)
  if (unknown.length > 0) return E.left({ code: 'unknown-employee', issues: unknown })
  if (current === undefined) {
    if (e.type !== 'observe' && e.type !== 'propose') {
      return E.left({ code: 'unknown-mentorship', issues: [issue('unknown-mentorship', ['type'], { mentorshipId: e.mentorshipId, event: e.type })] })
    }
    return E.mapLeft(refused)(openMentorship(e, e.actor, { ...ctx, others: others(e) }))
  }
  const full: MentorshipContext = { ...ctx, others: others(current) }
  return E.mapLeft(refused)(mentorship.transition(current, e, e.actor, full))
}

const isFinal = (s: MentorshipState): boolean => (FINAL_STATUSES as readonly string[]).includes(s.status)

const involves = (o: PairSummary, pair: { readonly mentorId: string; readonly menteeId: string }): boolean =>
  [o.mentorId, o.menteeId].some((p) => p === pair.mentorId || p === pair.menteeId)

/**
 * Append one event (JSON, parsed here) to `log`: the log with the event's mentorship in its next
 * state, or why not. Pure: `log` is not changed.
 * @example
 * apply({ mentorships: {} }, { v: 1, mentorshipId: 'm1', seq: 1, type: 'observe', at: '2026-06-15',
 *   actor: { role: 'manager', employeeId: 'e0' }, mentorId: 'e1', menteeId: 'e5' }, { org })
 * // Right({ mentorships: { m1: { status: 'observed', ... } } })
 * @since 0.1.0
 */
export const apply = (log: MentorshipLog, event: unknown, ctx: LogContext): E.Either<EventError, MentorshipLog> => {
  const parsed = parseEvent(event)
  if (E.isLeft(parsed)) return E.left({ code: 'invalid-event', issues: parsed.left })
  const e = parsed.right
  const current = Object.hasOwn(log.mentorships, e.mentorshipId) ? log.mentorships[e.mentorshipId] : undefined
  const open = Object.values(log.mentorships).filter((o) => !isFinal(o))
  const next = step(current, e, (pair) => open.filter((o) => involves(o, pair)), ctx)
  return E.map((s: MentorshipState) => ({ mentorships: { ...log.mentorships, ...Object.fromEntries([[e.mentorshipId, s]]) } }))(next)
}

const atIndex = (index: number, err: EventError): ReplayError => ({
  code: err.code,
  index,
  issues: err.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
})

/**
 * Rebuild every mentorship of an event log (a JSON array of version 1 events, in the order they
 * were appended): `Right({ mentorships })`, or `Left` with the index of the first bad event (its
 * shape, a refusal of the machine, a version conflict or an event out of order).
 * @example
 * replay(events, { org }) // Right({ mentorships: { m1: { status: 'active', ... } } })
 * replay([...events.slice(0, 3), { broken: true }], { org })
 * // Left({ code: 'invalid-event', index: 3, issues: [{ code: 'event-unknown-type', path: [3, 'type'], ... }] })
 * @since 0.1.0
 */
export const replay = (events: unknown, ctx: LogContext): E.Either<ReplayError, MentorshipLog> => {
  if (!Array.isArray(events)) {
    return E.left({ code: 'invalid-event-log', index: -1, issues: [issue('event-log-not-array', [], { received: typeName(events) })] })
  }
  const states = new Map<string, MentorshipState>()
  /** The mentorships of each person that are not over: all the guards look at. */
  const byPerson = new Map<string, Set<string>>()
  const others = (pair: { readonly mentorId: string; readonly menteeId: string }): PairSummary[] =>
    [...new Set([...(byPerson.get(pair.mentorId) ?? []), ...(byPerson.get(pair.menteeId) ?? [])])].flatMap((id) => states.get(id) ?? [])
  for (const [index, raw] of (events as readonly unknown[]).entries()) {
    const parsed = parseEvent(raw)
    if (E.isLeft(parsed)) return E.left(atIndex(index, { code: 'invalid-event', issues: parsed.left }))
    const e = parsed.right
    const next = step(states.get(e.mentorshipId), e, others, ctx)
    if (E.isLeft(next)) return E.left(atIndex(index, next.left))
    states.set(e.mentorshipId, next.right)
    for (const p of [next.right.mentorId, next.right.menteeId]) {
      const open = byPerson.get(p) ?? new Set<string>()
      byPerson.set(p, open)
      if (isFinal(next.right)) open.delete(e.mentorshipId)
      else open.add(e.mentorshipId)
    }
  }
  return E.right({ mentorships: Object.fromEntries(states) })
}
