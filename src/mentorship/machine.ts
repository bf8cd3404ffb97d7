/**
 * The `mentorship` machine (CONTRACT §8): its transition table on the machine core, `initial`
 * (the first event), and a `transition` that also refuses an event whose number is not the next
 * one (`version-conflict`) or whose moment lies before the last one (`out-of-order`).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Actor } from '../machine/actor.js'
import { defineMachine, type Machine, type Table } from '../machine/machine.js'
import type { MentorshipContext } from './context.js'
import type { MentorshipEvent } from './events.js'
import { isBefore } from './moment.js'
import { openMentorship } from './opening.js'
import { OPENING_ROWS } from './rows-opening.js'
import { RUNNING_ROWS } from './rows-running.js'
import type { MentorshipState } from './state.js'
import type { MentorshipRefusal, MentorshipTypes } from './types.js'

/**
 * The transition table, in the order of {@link MENTORSHIP_STATUSES}.
 * @example
 * Object.keys(MENTORSHIP_TABLE.proposed) // ['accept', 'decline', 'approve', 'expire', 'end']
 * @since 0.1.0
 */
export const MENTORSHIP_TABLE: Table<MentorshipTypes> = {
  observed: OPENING_ROWS.observed,
  encouraged: OPENING_ROWS.encouraged,
  proposed: OPENING_ROWS.proposed,
  accepted: OPENING_ROWS.accepted,
  declined: {},
  expired: {},
  active: RUNNING_ROWS.active,
  paused: RUNNING_ROWS.paused,
  completed: RUNNING_ROWS.completed,
  ended: {},
}

const core = defineMachine<MentorshipTypes, typeof openMentorship>({
  name: 'mentorship',
  initial: openMentorship,
  initialStatuses: ['observed', 'proposed'],
  table: MENTORSHIP_TABLE,
})

/**
 * Why an event cannot follow `state` in its log: its number is not the next one, or its moment lies
 * before the last event's. `undefined` when it may.
 * @example
 * const next: MentorshipEvent = { v: 1, mentorshipId: 'm1', seq: state.seq + 2, type: 'complete', at: '2026-12-31',
 *   actor: { role: 'manager', employeeId: 'e0' } }
 * sequenceRefusal(state, next) // { code: 'version-conflict', expected: 8, actual: 9 }
 * @since 0.1.0
 */
export const sequenceRefusal = (state: MentorshipState, event: Pick<MentorshipEvent, 'seq' | 'at'>): MentorshipRefusal | undefined =>
  event.seq !== state.seq + 1
    ? { code: 'version-conflict', expected: state.seq + 1, actual: event.seq }
    : isBefore(event.at, state.updatedAt)
      ? { code: 'out-of-order', at: event.at, last: state.updatedAt }
      : undefined

const transition = (state: MentorshipState, event: MentorshipEvent, actor: Actor, ctx: MentorshipContext): E.Either<MentorshipRefusal, MentorshipState> => {
  const refused = sequenceRefusal(state, event)
  return refused === undefined ? core.transition(state, event, actor, ctx) : E.left(refused)
}

/**
 * The mentorship machine. `initial(event, actor, ctx)` opens a mentorship with its first event
 * (`observe` or `propose`); `transition(state, event, actor, ctx)` gives the next state or the
 * refusal, the given state untouched; `allowedEvents(state, actor, ctx)` lists what the actor may
 * do now; `toMermaid()` draws the table.
 * @example
 * const manager = { role: 'manager', employeeId: 'e0' } as const
 * const s = mentorship.initial({ v: 1, mentorshipId: 'm1', seq: 1, type: 'observe', at: '2026-06-15',
 *     actor: { role: 'manager', employeeId: 'e0' }, mentorId: 'e1', menteeId: 'e5' }, manager, { org })
 * // Right({ status: 'observed', mentorId: 'e1', menteeId: 'e5', formality: 'spontaneous', ... })
 * if (s._tag === 'Right') mentorship.allowedEvents(s.right, manager, { org }) // ['encourage', 'end']
 * @since 0.1.0
 */
export const mentorship: Machine<MentorshipTypes, typeof openMentorship> = { ...core, transition }
