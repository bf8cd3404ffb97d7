/**
 * The type parameters of the mentorship machine, and its refusals.
 * @module
 */
import type { RefusalOf } from '../machine/machine.js'
import type { MentorshipContext } from './context.js'
import type { MentorshipEvent } from './events.js'
import type { MentorshipFailed } from './failed.js'
import type { MentorshipState } from './state.js'

/**
 * The mentorship machine's states, events, context and failed requirements.
 * @example
 * const table: Table<MentorshipTypes> = MENTORSHIP_TABLE
 * @since 0.1.0
 */
export interface MentorshipTypes {
  readonly state: MentorshipState
  readonly event: MentorshipEvent
  readonly ctx: MentorshipContext
  readonly failed: MentorshipFailed
}

/**
 * Why the mentorship machine refused an event (CONTRACT §8).
 * @example
 * const r: MentorshipRefusal = { code: 'actor-not-permitted', role: 'mentee', event: 'review-report' }
 * @since 0.1.0
 */
export type MentorshipRefusal = RefusalOf<MentorshipTypes>
