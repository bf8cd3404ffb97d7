/**
 * Building blocks of the mentorship table: the fields every next state carries over, the permit
 * check shared by every edge, and the `start` and `end` edges that leave several statuses.
 * @module
 * @internal
 */
import type { Actor } from '../machine/actor.js'
import type { Edge } from '../machine/machine.js'
import type { MentorshipContext } from './context.js'
import type { Envelope } from './events.js'
import { startFailures } from './pair-guards.js'
import { actsForPair } from './permits.js'
import { EMPTY_RECORD } from './record.js'
import { stampOf } from './record-rules.js'
import type { Origin, PairCore } from './state.js'
import type { MentorshipTypes } from './types.js'
import type { MentorshipStatus } from './vocabulary.js'

type M = MentorshipTypes

/**
 * The fields a next state keeps, stamped with the event's number and moment.
 * @example
 * carry(state, { seq: 4, at: '2026-03-20' }).seq // 4
 * @since 0.1.0
 */
export const carry = (s: PairCore, e: Pick<Envelope, 'seq' | 'at'>): PairCore => ({
  mentorshipId: s.mentorshipId,
  mentorId: s.mentorId,
  menteeId: s.menteeId,
  formality: s.formality,
  seq: e.seq,
  updatedAt: e.at,
})

/**
 * Every edge's permit: the actor holds their role for this pair.
 * @example
 * forPair({ role: 'mentor', employeeId: 'e12' }, state, undefined, ctx) // true when e12 mentors this pair
 * @since 0.1.0
 */
export const forPair = (actor: Actor, s: PairCore, _e: unknown, ctx: MentorshipContext): boolean => actsForPair(actor, s, ctx)

/** The role of a person who may end a mentorship. */
const enderRole = (actor: Actor): 'manager' | 'mentor' | 'mentee' =>
  actor.role === 'mentor' || actor.role === 'mentee' ? actor.role : 'manager'

/**
 * `end` from status `K`: mentor, mentee or manager, with a reason; the record is kept.
 * @example
 * const end = endEdge<'active'>()
 * @since 0.1.0
 */
export const endEdge = <K extends MentorshipStatus>(): Edge<M, K, 'end'> => ({
  roles: ['mentor', 'mentee', 'manager'],
  to: ['ended'],
  permits: forPair,
  next: (s, e, actor) => ({
    ...carry(s, e),
    status: 'ended',
    ended: { ...stampOf(actor, e.at), role: enderRole(actor), reason: e.reason, from: s.status },
    record: 'record' in s ? s.record : null,
  }),
})

/**
 * `start` from status `K` (manager or HR): refused when the pair already runs or the mentor is full.
 * @example
 * const start = startEdge<'accepted'>((s) => ({ kind: 'proposed', proposal: s.proposal, acceptances: s.acceptances, approval: s.approval }))
 * @since 0.1.0
 */
export const startEdge = <K extends 'encouraged' | 'accepted'>(origin: (s: M['state'] & { status: K }) => Origin): Edge<M, K, 'start'> => ({
  roles: ['manager', 'hr'],
  to: ['active'],
  permits: forPair,
  guard: (s, _e, ctx) => startFailures(ctx, s),
  next: (s, e, actor) => ({
    ...carry(s, e),
    status: 'active',
    origin: origin(s),
    started: { ...stampOf(actor, e.at), role: actor.role === 'hr' ? 'hr' : 'manager' },
    record: EMPTY_RECORD,
  }),
})
