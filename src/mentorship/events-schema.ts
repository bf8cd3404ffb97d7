/**
 * The zod schemas of mentorship events, version 1: one strict schema per event type, each the
 * envelope `{ v: 1, mentorshipId, seq, type, at, actor }` plus the fields of that type
 * (CONTRACT §8). They are the boundary: {@link parseEvent} uses them.
 * @module
 */
import { z } from 'zod'
import type { MentorshipEventType } from './events.js'
import {
  END_REASONS,
  FORMALISABLE_LEVELS,
  MENTEE_MEASURES,
  MENTOR_MEASURES,
  PROGRESS_STATUSES,
  PROPOSABLE_LEVELS,
  VERDICTS,
} from './vocabulary.js'

const id = z.string().min(1)
const text = z.string()
/** A real calendar date `YYYY-MM-DD`. */
const isoDate = z.iso.date()
/** A moment: an ISO date, or a date-time with seconds and an offset (`Z` or `+01:00`). */
const moment = z.union([z.iso.date(), z.iso.datetime({ offset: true })])
const count = (min: number, max: number) => z.int().min(min).max(max)

const actor = z.discriminatedUnion('role', [
  z.strictObject({ role: z.enum(['manager', 'mentor', 'mentee', 'hr']), employeeId: id }),
  z.strictObject({ role: z.literal('system') }),
])

const envelope = { v: z.literal(1), mentorshipId: id, seq: count(1, Number.MAX_SAFE_INTEGER), at: moment, actor }

const event = <T extends MentorshipEventType, S extends z.ZodRawShape>(type: T, fields: S) =>
  z.strictObject({ ...envelope, type: z.literal(type), ...fields })

const goal = z.strictObject({ id, description: id, successCriteria: text, targetDate: isoDate })
const progress = z.strictObject({ goalId: id, status: z.enum(PROGRESS_STATUSES), note: text })
const value = z.literal([1, 2, 3, 4, 5])

/**
 * The schema of each event type.
 * @example
 * EVENT_SCHEMAS.encourage.safeParse({ v: 1, mentorshipId: 'm1', seq: 2, type: 'encourage', at: '2026-02-03',
 *   actor: { role: 'manager', employeeId: 'e10' } }).success // true
 * @since 0.1.0
 */
export const EVENT_SCHEMAS = {
  observe: event('observe', { mentorId: id, menteeId: id }),
  encourage: event('encourage', {}),
  propose: event('propose', { mentorId: id, menteeId: id, formality: z.enum(PROPOSABLE_LEVELS), respondBy: isoDate.optional() }),
  accept: event('accept', {}),
  decline: event('decline', {}),
  approve: event('approve', {}),
  expire: event('expire', {}),
  start: event('start', {}),
  formalise: event('formalise', { formality: z.enum(FORMALISABLE_LEVELS) }),
  'set-goals': event('set-goals', { goals: z.array(goal) }),
  'set-plan': event('set-plan', { cadenceWeeks: count(1, 52), startDate: isoDate, endDate: isoDate }),
  'log-session': event('log-session', { date: isoDate, topics: z.array(id), notes: text.optional() }),
  'submit-report': event('submit-report', { period: count(1, 1000), progress: z.array(progress), reflection: text }),
  'review-report': event('review-report', { period: count(1, 1000), verdict: z.enum(VERDICTS), feedback: text }),
  'check-in': event('check-in', { date: isoDate, notes: text.optional(), reflection: text.optional() }),
  'record-outcome': z.discriminatedUnion('subject', [
    event('record-outcome', { subject: z.literal('mentee'), measure: z.enum(MENTEE_MEASURES), value }),
    event('record-outcome', { subject: z.literal('mentor'), measure: z.enum(MENTOR_MEASURES), value }),
  ]),
  pause: event('pause', { reason: text.optional() }),
  resume: event('resume', { reason: text.optional() }),
  complete: event('complete', {}),
  end: event('end', { reason: z.enum(END_REASONS) }),
} as const satisfies Record<MentorshipEventType, z.ZodType>
