/**
 * The rows of the mentorship table before a pair runs: the informal path (observed, encouraged;
 * S13) and the proposal path (proposed, accepted; S14).
 * @module
 * @internal
 */
import type { Actor } from '../machine/actor.js'
import type { Table } from '../machine/machine.js'
import { carry, endEdge, forPair, startEdge } from './edges.js'
import { dayOf } from './moment.js'
import { stampOf } from './record-rules.js'
import type { Acceptances, MentorshipStateOf } from './state.js'
import type { MentorshipTypes } from './types.js'
import type { Side } from './vocabulary.js'

type Rows = Pick<Table<MentorshipTypes>, 'observed' | 'encouraged' | 'proposed' | 'accepted'>
type Proposed = MentorshipStateOf<'proposed'>

const sideOf = (actor: Actor): Side => (actor.role === 'mentor' ? 'mentor' : 'mentee')

/** A proposed pair with new acceptances or approval: `accepted` once nothing is missing. */
const settle = (s: Proposed, next: Pick<Proposed, 'acceptances' | 'approval' | 'seq' | 'updatedAt'>): MentorshipTypes['state'] => {
  const { mentor, mentee } = next.acceptances
  const approved = !s.proposal.approvalRequired || next.approval !== null
  return mentor !== null && mentee !== null && approved
    ? { ...s, ...next, status: 'accepted', acceptances: { mentor, mentee } }
    : { ...s, ...next, status: 'proposed' }
}

/**
 * The rows of `observed`, `encouraged`, `proposed` and `accepted`.
 * @example
 * Object.keys(OPENING_ROWS.observed) // ['encourage', 'end']
 * @since 0.1.0
 * @internal
 */
export const OPENING_ROWS: Rows = {
  observed: {
    encourage: {
      roles: ['manager'],
      to: ['encouraged'],
      permits: forPair,
      next: (s, e, actor) => ({ ...carry(s, e), status: 'encouraged', formality: 'encouraged', observed: s.observed, encouraged: stampOf(actor, e.at) }),
    },
    end: endEdge<'observed'>(),
  },
  encouraged: {
    start: startEdge<'encouraged'>((s) => ({ kind: 'informal', observed: s.observed, encouraged: s.encouraged })),
    end: endEdge<'encouraged'>(),
  },
  proposed: {
    accept: {
      roles: ['mentor', 'mentee'],
      to: ['proposed', 'accepted'],
      permits: forPair,
      guard: (s, _e, _ctx, actor) => (s.acceptances[sideOf(actor)] === null ? [] : [{ code: 'already-accepted', side: sideOf(actor) }]),
      next: (s, e, actor) => settle(s, { ...carry(s, e), acceptances: { ...s.acceptances, [sideOf(actor)]: e.at } as Acceptances, approval: s.approval }),
    },
    decline: {
      roles: ['mentor', 'mentee'],
      to: ['declined'],
      permits: forPair,
      next: (s, e, actor) => ({
        ...carry(s, e),
        status: 'declined',
        proposal: s.proposal,
        acceptances: s.acceptances,
        declined: { ...stampOf(actor, e.at), side: sideOf(actor) },
      }),
    },
    approve: {
      roles: ['manager'],
      to: ['proposed', 'accepted'],
      permits: forPair,
      guard: (s) =>
        !s.proposal.approvalRequired ? [{ code: 'approval-not-required' }] : s.approval !== null ? [{ code: 'already-approved' }] : [],
      next: (s, e, actor) => settle(s, { ...carry(s, e), acceptances: s.acceptances, approval: stampOf(actor, e.at) }),
    },
    expire: {
      roles: ['system'],
      to: ['expired'],
      guard: (s, e) => (e !== undefined && dayOf(e.at) <= s.proposal.respondBy ? [{ code: 'respond-by-not-passed', respondBy: s.proposal.respondBy }] : []),
      next: (s, e) => ({ ...carry(s, e), status: 'expired', proposal: s.proposal, acceptances: s.acceptances, expiredAt: e.at }),
    },
    end: endEdge<'proposed'>(),
  },
  accepted: {
    start: startEdge<'accepted'>((s) => ({ kind: 'proposed', proposal: s.proposal, acceptances: s.acceptances, approval: s.approval })),
    end: endEdge<'accepted'>(),
  },
}
