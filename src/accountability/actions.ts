/**
 * The next actions of a mentorship as data: who must do what, by when (S13, S16, S17).
 * @module
 */
import { match } from 'ts-pattern'
import { addDays, type IsoDate } from '../model/date.js'
import type { MentorshipState } from '../mentorship/state.js'
import { dueState, minDate } from './due.js'
import { managerOf } from './managers.js'
import type { StatusParts } from './parts.js'
import { ACTION_KINDS, type ActionKind, type ActionOwner, type NextAction } from './status-types.js'

const dated = (kind: ActionKind, who: ActionOwner, by: IsoDate, today: IsoDate, extra: Partial<NextAction> = {}): NextAction => ({
  kind,
  who,
  by,
  state: dueState(by, today),
  ...extra,
})

const open = (kind: ActionKind, who: ActionOwner, extra: Partial<NextAction> = {}): NextAction => ({
  kind,
  who,
  by: null,
  state: 'open',
  ...extra,
})

const sessionAction = (parts: StatusParts, mentor: ActionOwner, today: IsoDate): readonly NextAction[] => {
  const candidates = [
    ...(parts.stalled === null ? [] : [addDays(parts.stalled.stalledFrom, -1)]),
    ...(parts.sessions?.nextDueOn == null ? [] : [parts.sessions.nextDueOn]),
  ]
  const by = candidates.reduce<IsoDate | null>((acc, d) => (acc === null ? d : minDate(acc, d)), null)
  return by === null ? [] : [dated('hold-session', mentor, by, today)]
}

const workActions = (
  parts: StatusParts,
  mentor: ActionOwner,
  manager: ActionOwner,
  today: IsoDate,
  isPaused: boolean,
): readonly NextAction[] => [
  ...parts.missing.map((m) => open(m === 'goals' ? 'set-goals' : 'set-plan', mentor)),
  ...(isPaused ? [] : sessionAction(parts, mentor, today)),
  ...parts.reports.map((r) => dated('submit-report', mentor, r.dueOn, today, { period: r.period })),
  ...parts.followUps.map((f) => open('follow-up-report', mentor, { period: f.period })),
  ...parts.reviewsPending.map((r) => dated('review-report', manager, r.dueOn, today, { period: r.period })),
  ...(parts.checkIn === null ? [] : [dated('hold-check-in', manager, parts.checkIn.dueOn, today)]),
  ...parts.goalsAtRisk.map((g) => dated('address-goal', mentor, g.targetDate, today, { goalId: g.goalId })),
]

const answerActions = (parts: StatusParts, today: IsoDate): readonly NextAction[] => {
  const answers = parts.awaiting.map((a) =>
    dated(a.from === 'manager' ? 'approve-proposal' : 'answer-proposal', { role: a.from, employeeId: a.employeeId }, a.respondBy, today),
  )
  const lapsed = parts.awaiting.some((a) => a.state === 'overdue')
  return [...answers, ...(lapsed ? [open('expire-proposal', { role: 'system', employeeId: null })] : [])]
}

const order = (a: NextAction, b: NextAction): number =>
  (a.by ?? '') < (b.by ?? '') ? -1
  : (a.by ?? '') > (b.by ?? '') ? 1
  : ACTION_KINDS.indexOf(a.kind) - ACTION_KINDS.indexOf(b.kind) ||
    (a.period ?? 0) - (b.period ?? 0) ||
    (a.goalId ?? '').localeCompare(b.goalId ?? '') ||
    a.who.role.localeCompare(b.who.role)

/**
 * The next actions for `s` on `today`, given its parts: open actions (no deadline) first, then by
 * date, kind, period and goal. An observed pair is the manager's to encourage (S13); a proposed
 * pair waits for the answers by `respondBy` (and the system may expire it from the day after);
 * an accepted pair is for its proposer to start; a running pair has its reports, sessions, reviews,
 * check-ins and goals (a paused pair is not asked to hold sessions).
 * @example
 * nextActions(observed, parts, d('2026-03-01'))
 * // [{ kind: 'encourage-pair', who: { role: 'manager', employeeId: 'e10' }, by: null, state: 'open' }]
 * @since 0.1.0
 */
export const nextActions = (s: MentorshipState, parts: StatusParts, today: IsoDate): readonly NextAction[] => {
  const mentor: ActionOwner = { role: 'mentor', employeeId: s.mentorId }
  const manager: ActionOwner = { role: 'manager', employeeId: managerOf(s) }
  const actions = match(s)
    .with({ status: 'observed' }, () => [open('encourage-pair', manager)])
    .with({ status: 'proposed' }, () => answerActions(parts, today))
    .with({ status: 'accepted' }, (a) => [open('start-mentorship', { role: a.proposal.role, employeeId: a.proposal.by })])
    .with({ status: 'active' }, { status: 'paused' }, (r) => workActions(parts, mentor, manager, today, r.status === 'paused'))
    .with({ status: 'encouraged' }, { status: 'declined' }, { status: 'expired' }, { status: 'completed' }, { status: 'ended' }, () => [])
    .exhaustive()
  return [...actions].sort(order)
}
