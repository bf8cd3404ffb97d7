/**
 * Parts of the programme report: overdue work, mentor load, and the names of everyone mentioned.
 * @module
 */
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { MentorshipState } from '../mentorship/state.js'
import type { MentorLoad, OverdueItem, ProgrammeReport } from './report-types.js'
import type { AccountabilityStatus, ActionKind } from './status-types.js'
import { daysOverdue } from './due.js'
import type { IsoDate } from '../model/date.js'

/** What an overdue next action of each dated kind is, in the report's overdue list. */
const OVERDUE_KIND: Partial<Record<ActionKind, OverdueItem['kind']>> = {
  'submit-report': 'report',
  'review-report': 'review',
  'hold-check-in': 'check-in',
  'answer-proposal': 'answer',
  'approve-proposal': 'answer',
  'hold-session': 'session',
  'address-goal': 'goal',
}

/** The overdue items of one pair: one per overdue next action, in the order of the actions. */
const overdueActions = (p: AccountabilityStatus, today: IsoDate): readonly OverdueItem[] =>
  p.nextActions.flatMap((a) => {
    const kind = OVERDUE_KIND[a.kind]
    if (kind === undefined || a.state !== 'overdue' || a.by === null) return []
    return [{
      mentorshipId: p.mentorshipId,
      kind,
      dueOn: a.by,
      daysOverdue: daysOverdue(a.by, today),
      who: a.who,
      ...(a.period === undefined ? {} : { period: a.period }),
      ...(a.goalId === undefined ? {} : { goalId: a.goalId }),
    }]
  })

const byDueThenPair = (a: OverdueItem, b: OverdueItem): number =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.mentorshipId < b.mentorshipId ? -1 : a.mentorshipId > b.mentorshipId ? 1 : 0

/**
 * Every overdue item of the pairs: one per overdue next action (so the list and the actions marked
 * overdue always agree), the oldest due date first, then by mentorship.
 * @internal
 */
export const overdueOf = (pairs: readonly AccountabilityStatus[], today: IsoDate): readonly OverdueItem[] =>
  pairs.flatMap((p) => overdueActions(p, today)).sort(byDueThenPair)

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
