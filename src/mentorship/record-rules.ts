/**
 * The accountability events on a running mentorship's record (S16, S17, S5, S7, S11): what each
 * one finds inconsistent (the guard) and how it changes the record (pure updates).
 * @module
 */
import type { Actor } from '../machine/actor.js'
import type { IsoDate } from '../model/date.js'
import { employeeId } from '../model/ids.js'
import type { MentorshipEventOf } from './events.js'
import type { MentorshipFailed } from './failed.js'
import { dayOf } from './moment.js'
import type { Accountability, Goal, Outcome, Report, Stamp } from './record.js'

/**
 * Who did it and when: the acting person (the system has no id) and the event's moment.
 * @example
 * stampOf({ role: 'mentor', employeeId: 'e11' }, '2026-03-01') // { by: 'e11', at: '2026-03-01' }
 * @since 0.1.0
 */
export const stampOf = (actor: Actor, at: string): Stamp => ({ by: employeeId(actor.role === 'system' ? 'system' : actor.employeeId), at })

const duplicates = (ids: readonly string[]): string[] => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))]

/** The index of the report of `period` that counts (the last one submitted), or -1. */
const latestIndex = (record: Accountability, period: number): number => {
  for (let i = record.reports.length - 1; i >= 0; i--) if (record.reports[i]?.period === period) return i
  return -1
}

const latestReport = (record: Accountability, period: number): Report | undefined => record.reports[latestIndex(record, period)]

/**
 * The periods whose counting report still waits for the manager's review.
 * @example
 * awaitingReview(record) // [2]
 * @since 0.1.0
 */
export const awaitingReview = (record: Accountability): number[] =>
  [...new Set(record.reports.map((r) => r.period))].filter((p) => latestReport(record, p)?.review === null)

/**
 * Goal ids used twice in a `set-goals`.
 * @example
 * goalsFailures(e) // [{ code: 'duplicate-goal-id', goalId: 'g1' }]
 * @since 0.1.0
 * @internal
 */
export const goalsFailures = (e: MentorshipEventOf<'set-goals'>): MentorshipFailed[] =>
  duplicates(e.goals.map((g) => g.id)).map((goalId) => ({ code: 'duplicate-goal-id', goalId }))

/**
 * A plan that ends before it starts.
 * @example
 * planFailures(e) // [{ code: 'plan-dates-reversed', ... }]
 * @since 0.1.0
 * @internal
 */
export const planFailures = (e: MentorshipEventOf<'set-plan'>): MentorshipFailed[] =>
  e.startDate > e.endDate ? [{ code: 'plan-dates-reversed', startDate: e.startDate, endDate: e.endDate }] : []

/**
 * A session or check-in dated after the day it is recorded.
 * @example
 * futureFailures('2026-04-02', '2026-04-01') // [{ code: 'date-in-future', ... }]
 * @since 0.1.0
 * @internal
 */
export const futureFailures = (date: string, at: string): MentorshipFailed[] =>
  date > dayOf(at) ? [{ code: 'date-in-future', date, on: dayOf(at) }] : []

/**
 * A report on unknown goals, on a goal twice, or on a period already submitted and not sent back.
 * @example
 * reportFailures(record, e) // [{ code: 'unknown-goal', goalId: 'g9' }]
 * @since 0.1.0
 * @internal
 */
export const reportFailures = (record: Accountability, e: MentorshipEventOf<'submit-report'>): MentorshipFailed[] => {
  const known = new Set(record.goals.map((g) => g.id))
  const ids = e.progress.map((p) => p.goalId)
  const previous = latestReport(record, e.period)
  return [
    ...[...new Set(ids.filter((id) => !known.has(id)))].map((goalId): MentorshipFailed => ({ code: 'unknown-goal', goalId })),
    ...duplicates(ids).map((goalId): MentorshipFailed => ({ code: 'duplicate-progress', goalId })),
    ...(previous !== undefined && previous.review?.verdict !== 'follow-up'
      ? [{ code: 'report-already-submitted', period: e.period } as const]
      : []),
  ]
}

/**
 * A review without a report of that period waiting for it.
 * @example
 * reviewFailures(record, 2) // [{ code: 'no-report-to-review', period: 2 }]
 * @since 0.1.0
 * @internal
 */
export const reviewFailures = (record: Accountability, period: number): MentorshipFailed[] =>
  latestReport(record, period)?.review === null ? [] : [{ code: 'no-report-to-review', period }]

/**
 * `set-goals` replaces the list; a goal keeping its id keeps its reported status.
 * @example
 * setGoals(record, e, stamp).goals.length // e.goals.length
 * @since 0.1.0
 * @internal
 */
export const setGoals = (record: Accountability, e: MentorshipEventOf<'set-goals'>, set: Stamp): Accountability => ({
  ...record,
  goals: e.goals.map((g): Goal => {
    const old = record.goals.find((o) => o.id === g.id)
    return {
      id: g.id,
      description: g.description,
      successCriteria: g.successCriteria,
      targetDate: g.targetDate as IsoDate,
      status: old?.status ?? 'open',
      reportedIn: old?.reportedIn ?? null,
      set,
    }
  }),
})

/**
 * A report sets the status of every goal it speaks of.
 * @example
 * submitReport(record, e, stamp).reports.length // record.reports.length + 1
 * @since 0.1.0
 * @internal
 */
export const submitReport = (record: Accountability, e: MentorshipEventOf<'submit-report'>, submitted: Stamp): Accountability => ({
  ...record,
  goals: record.goals.map((g) => {
    const p = e.progress.find((x) => x.goalId === g.id)
    return p === undefined ? g : { ...g, status: p.status, reportedIn: e.period }
  }),
  reports: [...record.reports, { period: e.period, progress: e.progress, reflection: e.reflection, submitted, review: null }],
})

/**
 * The review goes to the report of the period that counts (the last one submitted).
 * @example
 * reviewReport(record, e, stamp)
 * @since 0.1.0
 * @internal
 */
export const reviewReport = (record: Accountability, e: MentorshipEventOf<'review-report'>, reviewed: Stamp): Accountability => {
  const i = latestIndex(record, e.period)
  return {
    ...record,
    reports: record.reports.map((r, j) => (j === i ? { ...r, review: { verdict: e.verdict, feedback: e.feedback, reviewed } } : r)),
  }
}

/**
 * An outcome, dated by the event, with who recorded it.
 * @example
 * recordOutcome(record, e, actor).outcomes.length // record.outcomes.length + 1
 * @since 0.1.0
 * @internal
 */
export const recordOutcome = (record: Accountability, e: MentorshipEventOf<'record-outcome'>, actor: Actor): Accountability => {
  const role = actor.role === 'manager' || actor.role === 'mentor' || actor.role === 'mentee' ? actor.role : 'manager'
  const recordedBy = { role, employeeId: employeeId(actor.role === 'system' ? 'system' : actor.employeeId) }
  const base = { value: e.value, on: dayOf(e.at), recordedBy }
  const outcome: Outcome = e.subject === 'mentee' ? { ...base, subject: 'mentee', measure: e.measure } : { ...base, subject: 'mentor', measure: e.measure }
  return { ...record, outcomes: [...record.outcomes, outcome] }
}
