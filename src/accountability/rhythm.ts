/**
 * The rhythm of a running pair: sessions against the agreed plan, stalling (S16), and the manager's
 * guidance check-ins with the mentor (S17).
 * @module
 */
import { addDays, type IsoDate } from '../model/date.js'
import type { Accountability, Plan } from '../mentorship/record.js'
import type { Running } from '../mentorship/state.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { dayOf, daysBetween, daysOverdue, dueState, maxDate, minDate } from './due.js'
import { activeDays, addActiveDays, lastResumed, type DayInterval } from './pauses.js'
import type { CheckInDue, SessionProgress, Stalled } from './status-types.js'

/**
 * Sessions against the plan on `today` (`null` without a plan). The session of rhythm interval `k`
 * is due on the day `k × cadenceWeeks` weeks of unpaused days have passed since the plan's start,
 * and overdue from the day after; intervals end with the plan (the day after its end counts).
 * Sessions from the plan's start up to `today` count.
 * @example
 * sessionProgress(plan, sessions, [], d('2026-03-17'))
 * // { cadenceWeeks: 2, expected: 1, logged: 0, behind: 1, nextDueOn: '2026-03-16' }
 * @since 0.1.0
 */
export const sessionProgress = (
  plan: Plan | null,
  record: Accountability,
  pauses: readonly DayInterval[],
  today: IsoDate,
): SessionProgress | null => {
  if (plan === null || plan.cadenceWeeks < 1) return null
  const interval = plan.cadenceWeeks * 7
  const upTo = minDate(today, addDays(plan.endDate, 1))
  const elapsed = activeDays(pauses, plan.startDate, upTo)
  const expected = elapsed > 0 ? Math.floor((elapsed - 1) / interval) : 0
  const logged = record.sessions.filter((s) => s.date >= plan.startDate && s.date <= today).length
  const firstOverdue = addActiveDays(pauses, plan.startDate, (logged + 1) * interval + 1)
  const nextDueOn = firstOverdue === null ? null : addDays(firstOverdue, -1)
  return {
    cadenceWeeks: plan.cadenceWeeks,
    expected,
    logged,
    behind: Math.max(0, expected - logged),
    nextDueOn: nextDueOn !== null && nextDueOn <= plan.endDate ? nextDueOn : null,
  }
}

/**
 * Where the clock of an active pair starts: the latest of its last session, its start and its last
 * resumption.
 * @example
 * rhythmSince(running) // '2026-03-20'
 * @since 0.1.0
 */
export const rhythmSince = (running: Running, lastOn: IsoDate | null): IsoDate => {
  const start = dayOf(running.started.at)
  const resumed = lastResumed(running.record)
  return [lastOn, resumed].reduce<IsoDate>((acc, d) => (d === null ? acc : maxDate(acc, d)), start)
}

const lastSessionOn = (record: Accountability): IsoDate | null =>
  record.sessions.reduce<IsoDate | null>((acc, s) => (acc === null || s.date > acc ? s.date : acc), null)

/**
 * Whether an active pair has stalled on `today`: stalled from `since + stalledAfterDays + 1` days
 * (no session for more than `stalledAfterDays` days); `null` when it has not.
 * @example
 * stalled(running, defaultPolicy('formal'), d('2026-03-23')) // { since: '2026-03-01', stalledFrom: '2026-03-23', ... }
 * @since 0.1.0
 */
export const stalled = (running: Running, policy: ProgrammePolicy, today: IsoDate): Stalled | null => {
  const afterDays = policy.mentorship.stalledAfterDays
  const lastOn = lastSessionOn(running.record)
  const since = rhythmSince(running, lastOn)
  const stalledFrom = addDays(since, afterDays + 1)
  return today >= stalledFrom ? { lastSessionOn: lastOn, since, afterDays, stalledFrom, days: daysBetween(since, today) } : null
}

/**
 * The next guidance check-in where the policy asks for them: `checkIns.cadenceWeeks` weeks after
 * the last check-in, the start or the last resumption (the latest); `null` where the policy asks for
 * none.
 * @example
 * checkInDue(running, defaultPolicy('formal'), d('2026-04-27'))
 * // { lastOn: null, from: '2026-03-02', dueOn: '2026-04-27', state: 'due', daysOverdue: 0 }
 * @since 0.1.0
 */
export const checkInDue = (running: Running, policy: ProgrammePolicy, today: IsoDate): CheckInDue | null => {
  const { requirement, cadenceWeeks } = policy.mentorship.checkIns
  if (requirement === 'none' || cadenceWeeks < 1) return null
  const lastOn = running.record.checkIns.reduce<IsoDate | null>((acc, c) => (acc === null || c.date > acc ? c.date : acc), null)
  const from = rhythmSince(running, lastOn)
  const dueOn = addDays(from, cadenceWeeks * 7)
  return { lastOn, from, dueOn, state: dueState(dueOn, today), daysOverdue: daysOverdue(dueOn, today) }
}
