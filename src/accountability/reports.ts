/**
 * The mentor's progress reports (S16): which periods are due or overdue, which reports wait for the
 * manager's review, and which the manager sent back for follow-up.
 * @module
 */
import { addDays, type IsoDate } from '../model/date.js'
import type { Accountability, Report } from '../mentorship/record.js'
import type { Running } from '../mentorship/state.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { dayOf, daysOverdue, dueState, minDate, periodEnd, periodOf } from './due.js'
import { inPause, type DayInterval } from './pauses.js'
import type { FollowUp, ReportDue, ReviewPending } from './status-types.js'

/**
 * The day reporting periods count from: the plan's start, else the day the mentorship started.
 * @example
 * reportingStart(running) // '2026-03-02'
 * @since 0.1.0
 */
export const reportingStart = (running: Running): IsoDate => running.record.plan?.startDate ?? dayOf(running.started.at)

/**
 * The report of each period that counts: the last one submitted for it.
 * @example
 * latestReports(record).get(1)?.review?.verdict // 'accepted'
 * @since 0.1.0
 */
export const latestReports = (record: Accountability): ReadonlyMap<number, Report> =>
  new Map(record.reports.map((r) => [r.period, r] as const))

/**
 * The reports due and overdue on `today`, one per period that has begun and has no report. Periods
 * of `policy.mentorship.reports.cadenceWeeks` weeks count from {@link reportingStart}; with a plan
 * they stop at its end, and the last period is due on the plan's end date. A period whose due date
 * falls in a pause is excused. Nothing is due where the policy asks for no reports.
 * @example
 * reportsDue(running, defaultPolicy('formal'), [], d('2026-04-14'))
 * // [{ period: 1, from: '2026-03-02', dueOn: '2026-04-13', state: 'overdue', daysOverdue: 1 }]
 * @since 0.1.0
 */
export const reportsDue = (
  running: Running,
  policy: ProgrammePolicy,
  pauses: readonly DayInterval[],
  today: IsoDate,
): readonly ReportDue[] => {
  const { requirement, cadenceWeeks: weeks } = policy.mentorship.reports
  if (requirement === 'none' || weeks < 1) return []
  const start = reportingStart(running)
  const plan = running.record.plan
  const last = plan === null ? Number.POSITIVE_INFINITY : periodOf(start, weeks, plan.endDate)
  const current = Math.min(periodOf(start, weeks, today), last)
  const submitted = latestReports(running.record)
  const due: ReportDue[] = []
  for (let n = 1; n <= current; n++) {
    const end = periodEnd(start, weeks, n)
    const dueOn = plan === null ? end : minDate(end, plan.endDate)
    if (submitted.has(n) || inPause(pauses, dueOn)) continue
    const from = n === 1 ? start : addDays(periodEnd(start, weeks, n - 1), 1)
    due.push({ period: n, from, dueOn, state: dueState(dueOn, today), daysOverdue: daysOverdue(dueOn, today) })
  }
  return due
}

/**
 * The reports that wait for the manager's review: due `reviewWithinDays` days after the day they
 * were submitted.
 * @example
 * reviewsPending(record, d('2026-04-20'), 14)
 * // [{ period: 1, submittedOn: '2026-04-10', dueOn: '2026-04-24', state: 'due', daysOverdue: 0 }]
 * @since 0.1.0
 */
export const reviewsPending = (record: Accountability, today: IsoDate, reviewWithinDays: number): readonly ReviewPending[] =>
  [...latestReports(record).values()]
    .filter((r) => r.review === null)
    .map((r) => {
      const submittedOn = dayOf(r.submitted.at)
      const dueOn = addDays(submittedOn, reviewWithinDays)
      return { period: r.period, submittedOn, dueOn, state: dueState(dueOn, today), daysOverdue: daysOverdue(dueOn, today) }
    })
    .sort((a, b) => a.period - b.period)

/**
 * The reports the manager reviewed with `follow-up` (and the mentor has not submitted again).
 * @example
 * followUps(record) // [{ period: 1, reviewedOn: '2026-04-20' }]
 * @since 0.1.0
 */
export const followUps = (record: Accountability): readonly FollowUp[] =>
  [...latestReports(record).values()]
    .flatMap((r) => (r.review?.verdict === 'follow-up' ? [{ period: r.period, reviewedOn: dayOf(r.review.reviewed.at) }] : []))
    .sort((a, b) => a.period - b.period)
