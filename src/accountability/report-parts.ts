/**
 * Parts of the programme report: overdue work, mentor load, and the names of everyone mentioned.
 * @module
 */
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { MentorshipState } from '../mentorship/state.js'
import type { MentorLoad, OverdueItem, ProgrammeReport } from './report-types.js'
import type { AccountabilityStatus, ActionKind, ActionOwner } from './status-types.js'
import { daysOverdue } from './due.js'
import type { IsoDate } from '../model/date.js'

const managerIn = (p: AccountabilityStatus): ActionOwner =>
  p.nextActions.find((a) => a.who.role === 'manager')?.who ?? { role: 'manager', employeeId: null }

/** The overdue next actions of `kind`: sessions and goals, which have no part of their own here. */
const overdueActions = (p: AccountabilityStatus, kind: ActionKind, today: IsoDate): readonly OverdueItem[] =>
  p.nextActions.flatMap((a) =>
    a.kind !== kind || a.state !== 'overdue' || a.by === null
      ? []
      : [{
          mentorshipId: p.mentorshipId,
          kind: kind === 'hold-session' ? ('session' as const) : ('goal' as const),
          dueOn: a.by,
          daysOverdue: daysOverdue(a.by, today),
          who: a.who,
          ...(a.goalId === undefined ? {} : { goalId: a.goalId }),
        }],
  )

/**
 * Every overdue item of the pairs (one per overdue next action), the oldest due date first
 * (then by mentorship).
 * @internal
 */
export const overdueOf = (pairs: readonly AccountabilityStatus[], today: IsoDate): readonly OverdueItem[] =>
  pairs
    .flatMap((p): OverdueItem[] => {
      const base = { mentorshipId: p.mentorshipId }
      const mentor: ActionOwner = { role: 'mentor', employeeId: p.mentorId }
      return [
        ...overdueActions(p, 'hold-session', today),
        ...overdueActions(p, 'address-goal', today),
        ...p.reports.filter((r) => r.state === 'overdue').map((r) => ({ ...base, kind: 'report' as const, dueOn: r.dueOn, daysOverdue: r.daysOverdue, who: mentor, period: r.period })),
        ...p.reviewsPending.filter((r) => r.state === 'overdue').map((r) => ({ ...base, kind: 'review' as const, dueOn: r.dueOn, daysOverdue: r.daysOverdue, who: managerIn(p), period: r.period })),
        ...(p.checkIn?.state === 'overdue' ? [{ ...base, kind: 'check-in' as const, dueOn: p.checkIn.dueOn, daysOverdue: p.checkIn.daysOverdue, who: managerIn(p) }] : []),
        ...p.awaiting.filter((a) => a.state === 'overdue').map((a) => ({ ...base, kind: 'answer' as const, dueOn: a.respondBy, daysOverdue: 0, who: { role: a.from, employeeId: a.employeeId } })),
      ]
    })
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.mentorshipId < b.mentorshipId ? -1 : a.mentorshipId > b.mentorshipId ? 1 : 0))

/**
 * The load of every mentor in the log, by id.
 * @internal
 */
export const mentorLoad = (org: Organisation, list: readonly MentorshipState[]): readonly MentorLoad[] =>
  [...new Set(list.map((s) => s.mentorId))].sort().map((mentorId) => {
    const mine = list.filter((s) => s.mentorId === mentorId)
    const running = mine.filter((s) => s.status === 'active' || s.status === 'paused').length
    const capacity = org.index.employeeById.get(mentorId)?.mentorCapacity ?? 0
    return {
      mentorId,
      running,
      pending: mine.filter((s) => s.status === 'proposed' || s.status === 'accepted').length,
      capacity,
      available: Math.max(0, capacity - running),
      overCapacity: running > capacity,
    }
  })

/**
 * The names of everyone the report mentions, by id.
 * @internal
 */
export const namesOf = (org: Organisation, r: Omit<ProgrammeReport, 'names'>): ProgrammeReport['names'] => {
  const ids = new Set<EmployeeId>([
    ...r.pairs.flatMap((p) => [p.mentorId, p.menteeId, ...p.nextActions.flatMap((a) => (a.who.employeeId === null ? [] : [a.who.employeeId]))]),
    ...r.outcomes.pairs.flatMap((o) => o.reflections.map((x) => x.by)),
  ])
  return Object.fromEntries([...ids].sort().flatMap((id) => {
    const e = org.index.employeeById.get(id)
    return e === undefined ? [] : [[id, e.name]]
  }))
}
