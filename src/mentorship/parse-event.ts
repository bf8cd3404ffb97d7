/**
 * Parse one mentorship event at the boundary: every problem at once, as issues with paths into
 * the event.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import { preview } from '../programme/preview.js'
import { typeName, eventIssues } from './event-issues.js'
import { EVENT_TYPES, type MentorshipEvent, type MentorshipEventType } from './events.js'
import { EVENT_SCHEMAS } from './events-schema.js'

const isEventType = (t: unknown): t is MentorshipEventType => (EVENT_TYPES as readonly unknown[]).includes(t)

/**
 * A version 1 mentorship event from JSON, or every problem with it: not an object, an unknown
 * `type`, or the fields of its type (missing, unknown, of the wrong type, out of range, not a real
 * date).
 * @example
 * parseEvent({ v: 1, mentorshipId: 'm1', seq: 2, type: 'encourage', at: '2026-02-03',
 *   actor: { role: 'manager', employeeId: 'e10' } }) // Right(event)
 * parseEvent({ type: 'hug' }) // Left([{ code: 'event-unknown-type', path: ['type'], ... }])
 * @since 0.1.0
 */
export const parseEvent = (input: unknown): E.Either<readonly Issue[], MentorshipEvent> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return E.left([issue('event-not-object', [], { received: typeName(input) })])
  }
  const type: unknown = (input as Readonly<Record<string, unknown>>)['type']
  if (!isEventType(type)) return E.left([issue('event-unknown-type', ['type'], { value: preview(type), options: EVENT_TYPES })])
  const parsed = EVENT_SCHEMAS[type].safeParse(input)
  return parsed.success ? E.right(parsed.data satisfies MentorshipEvent) : E.left(eventIssues(parsed.error.issues, input))
}
