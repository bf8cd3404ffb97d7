/**
 * A valid body (type and fields) of every event type, for invalid-log mutations that need an event
 * of a given type whose shape is right.
 * @module
 * @internal
 */
import type { IsoDate } from '../model/date.js'
import { addDays } from '../model/date.js'
import type { EventBody, MentorshipEventType } from '../mentorship/events.js'

/**
 * A body of `type` that parses: fixed, plausible fields for the pair and the day.
 * @example
 * sampleBody('end', pair, day) // { type: 'end', reason: 'other' }
 * @since 0.1.0
 * @internal
 */
export const sampleBody = (type: MentorshipEventType, pair: { readonly mentorId: string; readonly menteeId: string }, day: IsoDate): EventBody => {
  switch (type) {
    case 'observe':
      return { type, mentorId: pair.mentorId, menteeId: pair.menteeId }
    case 'propose':
      return { type, mentorId: pair.mentorId, menteeId: pair.menteeId, formality: 'structured' }
    case 'formalise':
      return { type, formality: 'formal' }
    case 'set-goals':
      return { type, goals: [{ id: 'g1', description: 'Goal', successCriteria: 'Met', targetDate: addDays(day, 60) }] }
    case 'set-plan':
      return { type, cadenceWeeks: 2, startDate: day, endDate: addDays(day, 84) }
    case 'log-session':
      return { type, date: day, topics: ['approach'] }
    case 'submit-report':
      return { type, period: 1, progress: [], reflection: 'Reflection' }
    case 'review-report':
      return { type, period: 1, verdict: 'accepted', feedback: 'Feedback' }
    case 'check-in':
      return { type, date: day }
    case 'record-outcome':
      return { type, subject: 'mentee', measure: 'belonging', value: 3 }
    case 'end':
      return { type, reason: 'other' }
    case 'encourage':
    case 'accept':
    case 'decline':
    case 'approve':
    case 'expire':
    case 'start':
    case 'pause':
    case 'resume':
    case 'complete':
      return { type }
  }
}
