/**
 * `accountabilityStatus`: what is due and overdue for one mentorship on one day, and who must do
 * what by when (S13, S16, S17; CONTRACT §8).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../model/date.js'
import type { MentorshipState } from '../mentorship/state.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { nextActions } from './actions.js'
import { healthOf } from './health.js'
import { checkDay, checkDays, issuesOf } from './input.js'
import { partsOf, type Tuning } from './parts.js'
import type { AccountabilityOptions, AccountabilityStatus, InvalidAccountabilityInput } from './status-types.js'

/** Days the manager has to review a report, by default. */
const REVIEW_WITHIN_DAYS = 14
/** Days before its target date a goal counts as near, by default. */
const GOAL_WARNING_DAYS = 14

/**
 * Check `now` and the options, every problem at once.
 * @internal
 */
export const checkInput = (
  now: unknown,
  options: AccountabilityOptions | undefined,
): E.Either<InvalidAccountabilityInput, { readonly today: IsoDate; readonly tuning: Tuning }> => {
  const today = checkDay(now, ['now'])
  const review = checkDays(options?.reviewWithinDays, REVIEW_WITHIN_DAYS, ['options', 'reviewWithinDays'])
  const warning = checkDays(options?.goalWarningDays, GOAL_WARNING_DAYS, ['options', 'goalWarningDays'])
  if (E.isRight(today) && E.isRight(review) && E.isRight(warning)) {
    return E.right({ today: today.right, tuning: { reviewWithinDays: review.right, goalWarningDays: warning.right } })
  }
  return E.left({ code: 'invalid-accountability-input', issues: issuesOf([today, review, warning]) })
}

/**
 * The status of `s` on a checked day.
 * @internal
 */
export const statusOn = (s: MentorshipState, policy: ProgrammePolicy, today: IsoDate, tuning: Tuning): AccountabilityStatus => {
  const parts = partsOf(s, policy, today, tuning)
  return {
    mentorshipId: s.mentorshipId,
    mentorId: s.mentorId,
    menteeId: s.menteeId,
    status: s.status,
    formality: s.formality,
    asOf: today,
    health: healthOf(s.status, parts),
    ...parts,
    nextActions: nextActions(s, parts, today),
  }
}

/**
 * The accountability status of `mentorship` on day `now` under `policy` (the policy of the pair's
 * level): reports due and overdue per period (where the policy requires or advises reports),
 * reviews pending, sessions behind the plan, goals at risk, the next guidance check-in (where the
 * policy asks for them), whether the pair stalled, answers a proposal waits for, and the next
 * actions: who must do what, by when. Everything due ON a date is `due` that day and `overdue`
 * from the day after (see docs/accountability.md). A pure function of its inputs: no clock is
 * read. `now` is an ISO date or date-time (its written day counts); an invalid `now` or option
 * gives `invalid-accountability-input` with every issue.
 * @example
 * accountabilityStatus(state, defaultPolicy('encouraged'), '2026-11-01')
 * // Right({ status: 'active', health: 'attention', sessions: { expected: 8, logged: 1, behind: 7, ... },
 * //   nextActions: [{ kind: 'hold-session', who: { role: 'mentor', employeeId: 'e1' }, by: '2026-07-29', state: 'overdue' },
 * //                 { kind: 'address-goal', ..., goalId: 'g1' }], ... })
 * @since 0.1.0
 */
export const accountabilityStatus = (
  mentorship: MentorshipState,
  policy: ProgrammePolicy,
  now: string,
  options?: AccountabilityOptions,
): E.Either<InvalidAccountabilityInput, AccountabilityStatus> =>
  E.map(({ today, tuning }: { readonly today: IsoDate; readonly tuning: Tuning }) => statusOn(mentorship, policy, today, tuning))(
    checkInput(now, options),
  )
