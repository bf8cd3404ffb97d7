/**
 * Mentorship events, version 1 (CONTRACT §8): flat JSON objects
 * `{ v: 1, mentorshipId, seq, type, at, actor, ...fields }`. Every accepted transition is one such
 * event; a log of them rebuilds every mentorship ({@link replay}).
 * @module
 */
import type { Actor } from '../machine/actor.js'
import type {
  EndReason,
  FormalisableLevel,
  MenteeMeasure,
  MentorMeasure,
  OutcomeValue,
  ProgressStatus,
  ProposableLevel,
  Verdict,
} from './vocabulary.js'

/**
 * The event types, in the order of CONTRACT §8.
 * @example
 * EVENT_TYPES.includes('log-session') // true
 * @since 0.1.0
 */
export const EVENT_TYPES = [
  'observe',
  'encourage',
  'propose',
  'accept',
  'decline',
  'approve',
  'expire',
  'start',
  'formalise',
  'set-goals',
  'set-plan',
  'log-session',
  'submit-report',
  'review-report',
  'check-in',
  'record-outcome',
  'pause',
  'resume',
  'complete',
  'end',
] as const

/**
 * One of {@link EVENT_TYPES}.
 * @example
 * const t: MentorshipEventType = 'formalise'
 * @since 0.1.0
 */
export type MentorshipEventType = (typeof EVENT_TYPES)[number]

/**
 * The envelope every event has: format version, mentorship, number in that mentorship's log (from
 * 1, without gaps), moment (ISO date or date-time with offset), and actor.
 * @example
 * const e: Envelope = { v: 1, mentorshipId: 'm1', seq: 1, at: '2026-02-02', actor: { role: 'manager', employeeId: 'e10' } }
 * @since 0.1.0
 */
export interface Envelope {
  readonly v: 1
  readonly mentorshipId: string
  readonly seq: number
  readonly at: string
  readonly actor: Actor
}

/**
 * A goal as `set-goals` states it.
 * @example
 * const g: GoalInput = { id: 'g1', description: 'Present at the review', successCriteria: 'Done', targetDate: '2026-06-01' }
 * @since 0.1.0
 */
export interface GoalInput {
  readonly id: string
  readonly description: string
  readonly successCriteria: string
  readonly targetDate: string
}

/**
 * The type and fields of each event (without the envelope).
 * @example
 * const b: EventBody = { type: 'end', reason: 'workload' }
 * @since 0.1.0
 */
export type EventBody =
  | { readonly type: 'observe'; readonly mentorId: string; readonly menteeId: string }
  | { readonly type: 'encourage' }
  | {
      readonly type: 'propose'
      readonly mentorId: string
      readonly menteeId: string
      readonly formality: ProposableLevel
      readonly respondBy?: string | undefined
    }
  | { readonly type: 'accept' }
  | { readonly type: 'decline' }
  | { readonly type: 'approve' }
  | { readonly type: 'expire' }
  | { readonly type: 'start' }
  | { readonly type: 'formalise'; readonly formality: FormalisableLevel }
  | { readonly type: 'set-goals'; readonly goals: readonly GoalInput[] }
  | { readonly type: 'set-plan'; readonly cadenceWeeks: number; readonly startDate: string; readonly endDate: string }
  | { readonly type: 'log-session'; readonly date: string; readonly topics: readonly string[]; readonly notes?: string | undefined }
  | {
      readonly type: 'submit-report'
      readonly period: number
      readonly progress: readonly { readonly goalId: string; readonly status: ProgressStatus; readonly note: string }[]
      readonly reflection: string
    }
  | { readonly type: 'review-report'; readonly period: number; readonly verdict: Verdict; readonly feedback: string }
  | {
      readonly type: 'check-in'
      readonly date: string
      readonly notes?: string | undefined
      /** The manager's own reflection (S5): an optional field beyond CONTRACT §8's list. */
      readonly reflection?: string | undefined
    }
  | ({ readonly type: 'record-outcome'; readonly value: OutcomeValue } & (
      | { readonly subject: 'mentee'; readonly measure: MenteeMeasure }
      | { readonly subject: 'mentor'; readonly measure: MentorMeasure }
    ))
  | { readonly type: 'pause'; readonly reason?: string | undefined }
  | { readonly type: 'resume'; readonly reason?: string | undefined }
  | { readonly type: 'complete' }
  | { readonly type: 'end'; readonly reason: EndReason }

/**
 * A version 1 mentorship event: the envelope and the fields of its type.
 * @example
 * const e: MentorshipEvent = { v: 1, mentorshipId: 'm1', seq: 2, type: 'encourage', at: '2026-02-03',
 *   actor: { role: 'manager', employeeId: 'e10' } }
 * @since 0.1.0
 */
export type MentorshipEvent = Envelope & EventBody

/**
 * The events of type `T`.
 * @example
 * type Propose = MentorshipEventOf<'propose'>
 * @since 0.1.0
 */
export type MentorshipEventOf<T extends MentorshipEventType> = Extract<MentorshipEvent, { readonly type: T }>

/**
 * The events that open a mentorship's log.
 * @example
 * const first: OpeningEvent = { v: 1, mentorshipId: 'm1', seq: 1, type: 'observe', at: '2026-02-02',
 *   actor: { role: 'manager', employeeId: 'e10' }, mentorId: 'e11', menteeId: 'e14' }
 * @since 0.1.0
 */
export type OpeningEvent = MentorshipEventOf<'observe' | 'propose'>

