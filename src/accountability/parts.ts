/**
 * The parts of an accountability status, per state: what is due, overdue, behind or at risk.
 * @module
 */
import { match } from 'ts-pattern'
import type { IsoDate } from '../model/date.js'
import type { Running, MentorshipState, MentorshipStateOf } from '../mentorship/state.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { dueState } from './due.js'
import { goalsAtRisk } from './goals.js'
import { managerOf } from './managers.js'
import { pauseIntervals } from './pauses.js'
import { followUps, reportsDue, reviewsPending } from './reports.js'
import { checkInDue, sessionProgress, stalled } from './rhythm.js'
import type { AccountabilityStatus, AwaitedAnswer } from './status-types.js'

/**
 * The parts of a status that describe the pair's work (no health or actions yet).
 * @internal
 */
export type StatusParts = Pick<
  AccountabilityStatus,
  'reports' | 'reviewsPending' | 'followUps' | 'sessions' | 'goalsAtRisk' | 'checkIn' | 'stalled' | 'awaiting' | 'missing'
>

/**
 * The tuning the parts need, already checked.
 * @internal
 */
export interface Tuning {
  readonly reviewWithinDays: number
  readonly goalWarningDays: number
}

const NOTHING: StatusParts = {
  reports: [],
  reviewsPending: [],
  followUps: [],
  sessions: null,
  goalsAtRisk: [],
  checkIn: null,
  stalled: null,
  awaiting: [],
  missing: [],
}

const missingOf = (running: Running, policy: ProgrammePolicy): StatusParts['missing'] => {
  const { goals, plan } = policy.mentorship
  return [
    ...(goals.requirement !== 'none' && running.record.goals.length < goals.minGoals ? (['goals'] as const) : []),
    ...(plan.requirement !== 'none' && running.record.plan === null ? (['plan'] as const) : []),
  ]
}

const runningParts = (
  s: MentorshipStateOf<'active' | 'paused'>,
  policy: ProgrammePolicy,
  today: IsoDate,
  tuning: Tuning,
): StatusParts => {
  const pauses = pauseIntervals(s.record, s.status === 'paused' ? s.pause : null)
  const active = s.status === 'active'
  return {
    ...NOTHING,
    reports: reportsDue(s, policy, pauses, today),
    reviewsPending: reviewsPending(s.record, today, tuning.reviewWithinDays),
    followUps: followUps(s.record),
    sessions: sessionProgress(s.record.plan, s.record, pauses, today),
    goalsAtRisk: goalsAtRisk(s.record.goals, today, tuning.goalWarningDays),
    checkIn: active ? checkInDue(s, policy, today) : null,
    stalled: active ? stalled(s, policy, today) : null,
    missing: missingOf(s, policy),
  }
}

const awaitingOf = (s: MentorshipStateOf<'proposed'>, today: IsoDate): readonly AwaitedAnswer[] => {
  const respondBy = s.proposal.respondBy
  const state = dueState(respondBy, today)
  return [
    ...(s.acceptances.mentor === null ? [{ from: 'mentor', employeeId: s.mentorId, respondBy, state } as const] : []),
    ...(s.acceptances.mentee === null ? [{ from: 'mentee', employeeId: s.menteeId, respondBy, state } as const] : []),
    ...(s.proposal.approvalRequired && s.approval === null
      ? [{ from: 'manager', employeeId: managerOf(s), respondBy, state } as const]
      : []),
  ]
}

/**
 * The parts of the status of `s` on `today`.
 * @internal
 */
export const partsOf = (s: MentorshipState, policy: ProgrammePolicy, today: IsoDate, tuning: Tuning): StatusParts =>
  match(s)
    .with({ status: 'active' }, { status: 'paused' }, (r) => runningParts(r, policy, today, tuning))
    .with({ status: 'proposed' }, (p) => ({ ...NOTHING, awaiting: awaitingOf(p, today) }))
    .with(
      { status: 'observed' },
      { status: 'encouraged' },
      { status: 'accepted' },
      { status: 'declined' },
      { status: 'expired' },
      { status: 'completed' },
      { status: 'ended' },
      () => NOTHING,
    )
    .exhaustive()
