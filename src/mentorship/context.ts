/**
 * What the mentorship machine needs to know besides the state and the event: the organisation
 * (who manages whom, capacities, readiness), policy overrides per level, an optional programme
 * manager, and the other mentorships the two people are in (for the guards on pairs and capacity).
 * @module
 */
import { defaultPolicy } from '../programme/defaults.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import type { Organisation } from '../model/organisation.js'
import type { MentorshipStatus } from './vocabulary.js'

/**
 * Another mentorship, as much as the guards need of it. Every {@link MentorshipState} is one.
 * @example
 * const o: PairSummary = { mentorshipId: 'm2', mentorId: 'e11', menteeId: 'e15', status: 'active' }
 * @since 0.1.0
 */
export interface PairSummary {
  readonly mentorshipId: string
  readonly mentorId: string
  readonly menteeId: string
  readonly status: MentorshipStatus
}

/**
 * Policies that replace {@link defaultPolicy} per level.
 * @example
 * const formal = defaultPolicy('formal')
 * const p: LevelPolicies = { formal: { ...formal, mentorship: { ...formal.mentorship, responseDays: 7 } } }
 * @since 0.1.0
 */
export type LevelPolicies = { readonly [L in FormalityLevel]?: ProgrammePolicy }

/**
 * The context of a mentorship transition.
 * - `org`: the organisation; a manager acts for a pair when they are the direct manager of the
 *   mentor or of the mentee.
 * - `policies`: overrides of the default policy per level (approval, answer days, formalisation).
 * - `programmeManagerId`: a manager who may act for every pair of the programme besides the
 *   line managers.
 * - `others`: the other mentorships the mentor or mentee are in (the pair's own is ignored, and
 *   those that are over may be left out): a pair is refused when the same two people already have
 *   an open or running one, and `start` when the mentor's running mentorships fill their capacity.
 * @example
 * const ctx: MentorshipContext = { org, others: [] }
 * @since 0.1.0
 */
export interface MentorshipContext {
  readonly org: Organisation
  readonly policies?: LevelPolicies | undefined
  readonly programmeManagerId?: string | undefined
  readonly others?: readonly PairSummary[] | undefined
}

/**
 * The policy in force for `level`: the override in `ctx`, else the default.
 * @example
 * policyFor({}, 'formal').mentorship.responseDays // 14: the default
 * @since 0.1.0
 */
export const policyFor = (ctx: Pick<MentorshipContext, 'policies'>, level: FormalityLevel): ProgrammePolicy =>
  ctx.policies?.[level] ?? defaultPolicy(level)
