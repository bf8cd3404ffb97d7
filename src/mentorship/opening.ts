/**
 * The first event of a mentorship: the manager records an observed pair (S13), or a manager or HR
 * proposes one (S14). This is the machine's `initial`.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Actor } from '../machine/actor.js'
import { addDays } from '../model/date.js'
import { employeeId } from '../model/ids.js'
import { policyFor, type MentorshipContext } from './context.js'
import type { OpeningEvent } from './events.js'
import type { MentorshipFailed } from './failed.js'
import { dayOf } from './moment.js'
import { pairingFailures } from './pair-guards.js'
import { actsForPair } from './permits.js'
import { stampOf } from './record-rules.js'
import type { MentorshipState } from './state.js'
import type { MentorshipRefusal } from './types.js'

/**
 * The roles that may open a mentorship with each opening event.
 * @example
 * OPENING_ROLES.propose // ['manager', 'hr']
 * @since 0.1.0
 */
export const OPENING_ROLES = { observe: ['manager'], propose: ['manager', 'hr'] } as const

const failures = (e: OpeningEvent, ctx: MentorshipContext): MentorshipFailed[] => [
  ...pairingFailures(ctx, e),
  ...(e.type === 'propose' && e.respondBy !== undefined && e.respondBy < dayOf(e.at)
    ? [{ code: 'respond-by-before-proposal', respondBy: e.respondBy, proposedOn: dayOf(e.at) } as const]
    : []),
]

const opened = (e: OpeningEvent, actor: Actor, ctx: MentorshipContext): MentorshipState => {
  const core = { mentorshipId: e.mentorshipId, mentorId: employeeId(e.mentorId), menteeId: employeeId(e.menteeId), seq: e.seq, updatedAt: e.at }
  if (e.type === 'observe') return { ...core, status: 'observed', formality: 'spontaneous', observed: stampOf(actor, e.at) }
  const policy = policyFor(ctx, e.formality).mentorship
  const proposal = {
    ...stampOf(actor, e.at),
    role: actor.role === 'hr' ? ('hr' as const) : ('manager' as const),
    respondBy: e.respondBy === undefined ? addDays(dayOf(e.at), policy.responseDays) : dayOf(e.respondBy),
    approvalRequired: policy.managerApproval,
  }
  return { ...core, status: 'proposed', formality: e.formality, proposal, acceptances: { mentor: null, mentee: null }, approval: null }
}

/**
 * The state a mentorship opens in, or why it may not: the event must be number 1, its actor a
 * manager of the mentor or mentee (or HR, for a proposal), and the pair valid (two different,
 * known people, neither managing the other, no other open mentorship of the two).
 * @example
 * openMentorship({ v: 1, mentorshipId: 'm1', seq: 1, type: 'observe', at: '2026-06-15',
 *   actor: { role: 'manager', employeeId: 'e0' }, mentorId: 'e1', menteeId: 'e5' },
 *   { role: 'manager', employeeId: 'e0' }, { org, others: [] })
 * // Right({ status: 'observed', ... })
 * @since 0.1.0
 */
export const openMentorship = (e: OpeningEvent, actor: Actor, ctx: MentorshipContext): E.Either<MentorshipRefusal, MentorshipState> => {
  if (e.seq !== 1) return E.left({ code: 'version-conflict', expected: 1, actual: e.seq })
  const roles: readonly string[] = OPENING_ROLES[e.type]
  if (!roles.includes(actor.role) || !actsForPair(actor, e, ctx)) return E.left({ code: 'actor-not-permitted', role: actor.role, event: e.type })
  const failed = failures(e, ctx)
  return failed.length > 0 ? E.left({ code: 'guard-failed', event: e.type, failed }) : E.right(opened(e, actor, ctx))
}
