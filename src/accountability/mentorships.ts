/**
 * The collections of mentorships the programme functions accept.
 * @module
 */
import type { MentorshipState } from '../mentorship/state.js'

/**
 * Mentorships as a list, or as the `mentorships` record that `replay` returns (by id).
 * @example
 * const replayed = replay(events, { org })
 * if (replayed._tag === 'Right') {
 *   const m: Mentorships = replayed.right.mentorships
 *   const list: Mentorships = Object.values(m) // a list will do too
 * }
 * @since 0.1.0
 */
export type Mentorships = readonly MentorshipState[] | { readonly [mentorshipId: string]: MentorshipState }

/**
 * The mentorships as a list in mentorship id order (a list keeps duplicates).
 * @internal
 */
export const listOf = (m: Mentorships): readonly MentorshipState[] =>
  [...(Array.isArray(m) ? (m as readonly MentorshipState[]) : Object.values(m))].sort((a, b) =>
    a.mentorshipId < b.mentorshipId ? -1 : a.mentorshipId > b.mentorshipId ? 1 : 0,
  )
