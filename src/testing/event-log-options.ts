/**
 * The knobs and results of the event-log arbitraries of `mentorschap/testing`: sizes, formality
 * levels, lifecycle paths and edge cases of generated mentorship event logs.
 * @module
 */
import type { MentorshipEvent, MentorshipEventType } from '../mentorship/events.js'
import type { LevelPolicies } from '../mentorship/context.js'
import type { LogContext } from '../mentorship/log.js'
import type { MentorshipState } from '../mentorship/state.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { Programme } from '../programme/programme.js'

/**
 * The parts of a mentorship's lifecycle a generated log may go through, each a group of event
 * types (see {@link PATH_EVENTS}).
 * @example
 * LIFECYCLE_PATHS.includes('pause') // true
 * @since 0.1.0
 */
export const LIFECYCLE_PATHS = ['informal', 'proposal', 'decline', 'expire', 'accountability', 'formalise', 'pause', 'complete', 'end'] as const

/**
 * One of {@link LIFECYCLE_PATHS}.
 * @example
 * const p: LifecyclePath = 'informal'
 * @since 0.1.0
 */
export type LifecyclePath = (typeof LIFECYCLE_PATHS)[number]

/**
 * The event types of each lifecycle path: `informal` is a spontaneous pair observed, encouraged
 * and started by the manager (S13); `proposal` a pair proposed, accepted (and approved where the
 * policy asks) and started (S14); `decline` and `expire` end a proposal; `accountability` are
 * goals, plan, sessions, reports, reviews, check-ins and outcomes (S16, S17); `formalise` raises a
 * running pair's level; `pause` pauses and resumes; `complete` and `end` close a pair.
 * @example
 * PATH_EVENTS.pause // ['pause', 'resume']
 * @since 0.1.0
 */
export const PATH_EVENTS = {
  informal: ['observe', 'encourage', 'start'],
  proposal: ['propose', 'accept', 'approve', 'start'],
  decline: ['decline'],
  expire: ['expire'],
  accountability: ['set-goals', 'set-plan', 'log-session', 'submit-report', 'review-report', 'check-in', 'record-outcome'],
  formalise: ['formalise'],
  pause: ['pause', 'resume'],
  complete: ['complete'],
  end: ['end'],
} as const satisfies Record<LifecyclePath, readonly MentorshipEventType[]>

/**
 * The edge cases a generated log may contain (each on by default).
 * @example
 * const e: EventLogEdgeCases = { sameDay: false, longGaps: true }
 * @since 0.1.0
 */
export interface EventLogEdgeCases {
  /** Several events on one day (default `true`); `false` makes every event's day later than the previous one's. */
  readonly sameDay?: boolean
  /**
   * Events exactly on a due date of the pair (a report, review, check-in, session or answer due
   * that day, or the day a pair stalls) or on the first day after it (default `true`).
   */
  readonly dueBoundaries?: boolean
  /** Gaps of 30 to 200 days, which make reports, reviews and check-ins overdue and pairs stall (default `true`). */
  readonly longGaps?: boolean
}

/**
 * Knobs of {@link arbEventLog}.
 * @example
 * const o: ArbEventLogOptions = { maxMentorships: 3, maxEventsPerMentorship: 20, levels: ['formal'],
 *   paths: ['proposal', 'accountability', 'complete'], edgeCases: { longGaps: false } }
 * @since 0.1.0
 */
export interface ArbEventLogOptions {
  /**
   * A programme the pairs belong to: mentors and mentees are drawn from it, its manager may act
   * for every pair, and its policy is the policy of its level.
   */
  readonly programme?: Programme
  /** Policy overrides per level (on top of the programme's), as `replay` takes them. */
  readonly policies?: LevelPolicies
  /** Fewest mentorships (default 1), when the organisation has that many possible pairs. */
  readonly minMentorships?: number
  /** Most mentorships (default 4). */
  readonly maxMentorships?: number
  /** Most events of one mentorship, its first included (default 12). */
  readonly maxEventsPerMentorship?: number
  /** The formality levels a pair may have at any time of its life (default: all four). */
  readonly levels?: readonly FormalityLevel[]
  /** The lifecycle paths the log may use (default: all of {@link LIFECYCLE_PATHS}). */
  readonly paths?: readonly LifecyclePath[]
  /** The edge cases the log may contain (default: all). */
  readonly edgeCases?: EventLogEdgeCases
  /** No event lies before this day (default `2026-02-02`). */
  readonly from?: string
}

/**
 * A generated valid event log: the events (JSON-ready, in the order they were appended), the
 * context to replay them with, every mentorship's final state, and the day of the last event.
 * `replay(events, ctx)` gives `Right({ mentorships })`.
 * @example
 * import fc from 'fast-check'
 * const [log] = fc.sample(arbEventLog(org), 1)
 * if (log !== undefined) {
 *   const { events, ctx }: GeneratedEventLog = log
 *   replay(events, ctx) // Right({ mentorships: log.mentorships })
 * }
 * @since 0.1.0
 */
export interface GeneratedEventLog {
  readonly events: readonly MentorshipEvent[]
  readonly ctx: LogContext
  readonly mentorships: { readonly [mentorshipId: string]: MentorshipState }
  /** The day of the last event (the first day, `from`, when there is none). */
  readonly lastDay: string
}
