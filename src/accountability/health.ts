/**
 * The overall health of a pair, from its status parts.
 * @module
 */
import { FINAL_STATUSES } from '../mentorship/state.js'
import type { MentorshipStatus } from '../mentorship/vocabulary.js'
import type { StatusParts } from './parts.js'
import type { Health } from './status-types.js'

/**
 * Whether anything in the parts is overdue: a report, a review, the check-in or a proposal's answers.
 * @example
 * hasOverdue(parts) // true
 * @since 0.1.0
 */
export const hasOverdue = (p: StatusParts): boolean =>
  p.reports.some((r) => r.state === 'overdue') ||
  p.reviewsPending.some((r) => r.state === 'overdue') ||
  p.checkIn?.state === 'overdue' ||
  p.awaiting.some((a) => a.state === 'overdue')

const needsAttention = (status: MentorshipStatus, p: StatusParts): boolean =>
  status === 'observed' ||
  status === 'accepted' ||
  p.stalled !== null ||
  (p.sessions?.behind ?? 0) > 0 ||
  p.goalsAtRisk.length > 0 ||
  p.followUps.length > 0 ||
  p.missing.length > 0

/**
 * The health of a pair (see {@link Health}): `closed` for final statuses, else `overdue`,
 * `attention` or `on-track`.
 * @example
 * healthOf('observed', parts) // 'attention'
 * @since 0.1.0
 */
export const healthOf = (status: MentorshipStatus, p: StatusParts): Health =>
  (FINAL_STATUSES as readonly MentorshipStatus[]).includes(status)
    ? 'closed'
    : hasOverdue(p)
      ? 'overdue'
      : needsAttention(status, p)
        ? 'attention'
        : 'on-track'
