/**
 * Which manager a mentorship's state names: the one who acts for the pair in the next actions.
 * @module
 */
import { match } from 'ts-pattern'
import type { EmployeeId } from '../model/ids.js'
import type { Origin, MentorshipState } from '../mentorship/state.js'

const fromOrigin = (origin: Origin): EmployeeId | null =>
  origin.kind === 'informal'
    ? origin.encouraged.by
    : (origin.approval?.by ?? (origin.proposal.role === 'manager' ? origin.proposal.by : null))

/**
 * The manager the state names for the pair, in this order: who held the last check-in, who
 * reviewed the last reviewed report, who started it, who approved or proposed it, who encouraged
 * or observed it; `null` when the state names none (an HR proposal without approval: the host knows
 * the line manager, and `programmeReport` fills it in from the organisation).
 * @example
 * managerOf(observedState) // 'e10'
 * @since 0.1.0
 */
export const managerOf = (s: MentorshipState): EmployeeId | null =>
  match(s)
    .with({ status: 'observed' }, (o) => o.observed.by)
    .with({ status: 'encouraged' }, (o) => o.encouraged.by)
    .with({ status: 'proposed' }, { status: 'accepted' }, (o) =>
      o.approval?.by ?? (o.proposal.role === 'manager' ? o.proposal.by : null),
    )
    .with({ status: 'declined' }, { status: 'expired' }, (o) => (o.proposal.role === 'manager' ? o.proposal.by : null))
    .with({ status: 'active' }, { status: 'paused' }, { status: 'completed' }, (r) => {
      const checkIn = r.record.checkIns[r.record.checkIns.length - 1]?.held.by
      const review = [...r.record.reports].reverse().find((x) => x.review !== null)?.review?.reviewed.by
      return checkIn ?? review ?? (r.started.role === 'manager' ? r.started.by : null) ?? fromOrigin(r.origin)
    })
    .with({ status: 'ended' }, (e) => (e.ended.role === 'manager' ? e.ended.by : null))
    .exhaustive()
