/**
 * The rows of the mentorship table for a running pair: raising its formality (S14), the
 * accountability events (S16, S17), outcomes (S5, S7, S11), pausing, completing and ending.
 * @module
 * @internal
 */
import type { Edge, Table } from '../machine/machine.js'
import type { IsoDate } from '../model/date.js'
import type { Actor } from '../machine/actor.js'
import { carry, endEdge, forPair } from './edges.js'
import type { MentorshipEventOf } from './events.js'
import { formaliseFailures } from './pair-guards.js'
import type { Accountability } from './record.js'
import {
  awaitingReview,
  futureFailures,
  goalsFailures,
  planFailures,
  recordOutcome,
  reportFailures,
  reviewFailures,
  reviewReport,
  setGoals,
  stampOf,
  submitReport,
} from './record-rules.js'
import type { MentorshipStateOf } from './state.js'
import type { MentorshipEventType } from './events.js'
import type { MentorshipTypes } from './types.js'

type M = MentorshipTypes
type RunningStatus = 'active' | 'paused' | 'completed'

/** The record of a state of a running status (the generic `K` hides that every one has it). */
const recordOf = (s: MentorshipStateOf<RunningStatus>): Accountability => s.record

/** An edge that stays in status `K` and only changes the record. */
const onRecord = <K extends RunningStatus, T extends MentorshipEventType>(
  roles: Edge<M, K, T>['roles'],
  to: K,
  update: (record: Accountability, e: MentorshipEventOf<T>, actor: Actor) => Accountability,
  guard?: Edge<M, K, T>['guard'],
): Edge<M, K, T> => ({
  roles,
  to: [to],
  permits: forPair,
  ...(guard === undefined ? {} : { guard }),
  next: (s, e, actor) => ({ ...s, ...carry(s, e), record: update(recordOf(s), e, actor) }) as MentorshipStateOf<K>,
})

const review = <K extends 'active' | 'paused'>(to: K): Edge<M, K, 'review-report'> =>
  onRecord<K, 'review-report'>(['manager'], to, (r, e, a) => reviewReport(r, e, stampOf(a, e.at)), (s, e) =>
    e === undefined ? (awaitingReview(recordOf(s)).length > 0 ? [] : [{ code: 'no-report-to-review', period: 0 }]) : reviewFailures(recordOf(s), e.period),
  )

const checkIn = <K extends 'active' | 'paused'>(to: K): Edge<M, K, 'check-in'> =>
  onRecord<K, 'check-in'>(
    ['manager'],
    to,
    (r, e, a) => ({
      ...r,
      checkIns: [...r.checkIns, { date: e.date as IsoDate, notes: e.notes ?? null, reflection: e.reflection ?? null, held: stampOf(a, e.at) }],
    }),
    (_s, e) => (e === undefined ? [] : futureFailures(e.date, e.at)),
  )

const outcome = <K extends RunningStatus>(to: K): Edge<M, K, 'record-outcome'> =>
  onRecord<K, 'record-outcome'>(['mentor', 'mentee', 'manager'], to, recordOutcome)

/**
 * The rows of `active`, `paused` and `completed`.
 * @example
 * Object.keys(RUNNING_ROWS.paused) // ['resume', 'review-report', 'check-in', 'record-outcome', 'end']
 * @since 0.1.0
 * @internal
 */
export const RUNNING_ROWS: Pick<Table<M>, RunningStatus> = {
  active: {
    formalise: {
      roles: ['manager'],
      to: ['active'],
      permits: forPair,
      guard: (s, e, ctx) =>
        e === undefined
          ? s.formality === 'formal' ? [{ code: 'not-a-raise', from: s.formality, to: 'formal' }] : []
          : formaliseFailures(ctx, s, { from: s.formality, to: e.formality }, s.record, e.at),
      next: (s, e, actor) => ({
        ...s,
        ...carry(s, e),
        formality: e.formality,
        record: { ...s.record, formalised: [...s.record.formalised, { from: s.formality, to: e.formality, changed: stampOf(actor, e.at) }] },
      }),
    },
    'set-goals': onRecord<'active', 'set-goals'>(['mentor', 'mentee'], 'active', (r, e, a) => setGoals(r, e, stampOf(a, e.at)), (_s, e) =>
      e === undefined ? [] : goalsFailures(e),
    ),
    'set-plan': onRecord<'active', 'set-plan'>(
      ['mentor', 'mentee'],
      'active',
      (r, e, a) => ({ ...r, plan: { cadenceWeeks: e.cadenceWeeks, startDate: e.startDate as IsoDate, endDate: e.endDate as IsoDate, agreed: stampOf(a, e.at) } }),
      (_s, e) => (e === undefined ? [] : planFailures(e)),
    ),
    'log-session': onRecord<'active', 'log-session'>(
      ['mentor', 'mentee'],
      'active',
      (r, e, a) => ({
        ...r,
        sessions: [
          ...r.sessions,
          { date: e.date as IsoDate, topics: e.topics, notes: e.notes ?? null, loggedBy: a.role === 'mentor' ? 'mentor' : 'mentee', logged: stampOf(a, e.at) },
        ],
      }),
      (_s, e) => (e === undefined ? [] : futureFailures(e.date, e.at)),
    ),
    'submit-report': onRecord<'active', 'submit-report'>(['mentor'], 'active', (r, e, a) => submitReport(r, e, stampOf(a, e.at)), (s, e) =>
      e === undefined ? [] : reportFailures(s.record, e),
    ),
    'review-report': review('active'),
    'check-in': checkIn('active'),
    'record-outcome': outcome('active'),
    pause: {
      roles: ['mentor', 'mentee', 'manager'],
      to: ['paused'],
      permits: forPair,
      next: (s, e, actor) => ({ ...s, ...carry(s, e), status: 'paused', pause: { ...stampOf(actor, e.at), reason: e.reason ?? null } }),
    },
    complete: {
      roles: ['manager'],
      to: ['completed'],
      permits: forPair,
      guard: (s) => {
        const periods = awaitingReview(s.record)
        return periods.length === 0 ? [] : [{ code: 'reports-awaiting-review', periods }]
      },
      next: (s, e, actor) => ({ ...s, ...carry(s, e), status: 'completed', completed: stampOf(actor, e.at) }),
    },
    end: endEdge<'active'>(),
  },
  paused: {
    resume: {
      roles: ['mentor', 'mentee', 'manager'],
      to: ['active'],
      permits: forPair,
      next: ({ pause, ...s }, e, actor) => ({
        ...s,
        ...carry(s, e),
        status: 'active',
        record: { ...s.record, pauses: [...s.record.pauses, { paused: { by: pause.by, at: pause.at }, reason: pause.reason, resumed: stampOf(actor, e.at) }] },
      }),
    },
    'review-report': review('paused'),
    'check-in': checkIn('paused'),
    'record-outcome': outcome('paused'),
    end: endEdge<'paused'>(),
  },
  completed: {
    'record-outcome': outcome('completed'),
  },
}
