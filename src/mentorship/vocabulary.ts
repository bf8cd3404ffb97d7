/**
 * The fixed words of the mentorship lifecycle: statuses, end reasons, goal and report statuses,
 * review verdicts and the outcome measures of mentee (S7) and mentor (S11).
 * @module
 */
import type { FormalityLevel } from '../programme/formality.js'

/**
 * The statuses of a mentorship (CONTRACT §8), in lifecycle order.
 * @example
 * MENTORSHIP_STATUSES.includes('observed') // true
 * @since 0.1.0
 */
export const MENTORSHIP_STATUSES = [
  'observed',
  'encouraged',
  'proposed',
  'accepted',
  'declined',
  'expired',
  'active',
  'paused',
  'completed',
  'ended',
] as const

/**
 * One of {@link MENTORSHIP_STATUSES}.
 * @example
 * const s: MentorshipStatus = 'active'
 * @since 0.1.0
 */
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number]

/**
 * The two sides of a pair.
 * @example
 * SIDES // ['mentor', 'mentee']
 * @since 0.1.0
 */
export const SIDES = ['mentor', 'mentee'] as const

/**
 * One of {@link SIDES}.
 * @example
 * const side: Side = 'mentee'
 * @since 0.1.0
 */
export type Side = (typeof SIDES)[number]

/**
 * Why a mentorship ended before it was completed.
 * @example
 * END_REASONS.includes('left-organisation') // true
 * @since 0.1.0
 */
export const END_REASONS = ['mismatch', 'workload', 'left-organisation', 'other'] as const

/**
 * One of {@link END_REASONS}.
 * @example
 * const r: EndReason = 'workload'
 * @since 0.1.0
 */
export type EndReason = (typeof END_REASONS)[number]

/**
 * How a goal stands in a progress report (S16): `achieved` and `dropped` are final words, but a
 * later report may still change them.
 * @example
 * PROGRESS_STATUSES.includes('at-risk') // true
 * @since 0.1.0
 */
export const PROGRESS_STATUSES = ['on-track', 'at-risk', 'achieved', 'dropped'] as const

/**
 * One of {@link PROGRESS_STATUSES}.
 * @example
 * const p: ProgressStatus = 'on-track'
 * @since 0.1.0
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number]

/**
 * The status of a goal: `open` until a report says how it stands, then the last reported status.
 * @example
 * const g: GoalStatus = 'open'
 * @since 0.1.0
 */
export type GoalStatus = 'open' | ProgressStatus

/**
 * The manager's verdict on a progress report (S16).
 * @example
 * VERDICTS // ['accepted', 'follow-up']
 * @since 0.1.0
 */
export const VERDICTS = ['accepted', 'follow-up'] as const

/**
 * One of {@link VERDICTS}.
 * @example
 * const v: Verdict = 'follow-up'
 * @since 0.1.0
 */
export type Verdict = (typeof VERDICTS)[number]

/**
 * What a close bond does for a mentee (S7): feeling at home sooner, developing faster, being more
 * engaged, coping better with conflict and stress.
 * @example
 * MENTEE_MEASURES[0] // 'belonging'
 * @since 0.1.0
 */
export const MENTEE_MEASURES = ['belonging', 'development-pace', 'engagement', 'coping'] as const

/**
 * One of {@link MENTEE_MEASURES}.
 * @example
 * const m: MenteeMeasure = 'coping'
 * @since 0.1.0
 */
export type MenteeMeasure = (typeof MENTEE_MEASURES)[number]

/**
 * What a mentor learns (S11): motivating, coaching, setting boundaries, giving freedom.
 * @example
 * MENTOR_MEASURES.includes('giving-freedom') // true
 * @since 0.1.0
 */
export const MENTOR_MEASURES = ['motivating', 'coaching', 'setting-boundaries', 'giving-freedom'] as const

/**
 * One of {@link MENTOR_MEASURES}.
 * @example
 * const m: MentorMeasure = 'setting-boundaries'
 * @since 0.1.0
 */
export type MentorMeasure = (typeof MENTOR_MEASURES)[number]

/**
 * An outcome score: 1 (poor) to 5 (excellent).
 * @example
 * const v: OutcomeValue = 4
 * @since 0.1.0
 */
export type OutcomeValue = 1 | 2 | 3 | 4 | 5

/**
 * The formality levels a pair can be proposed at (a proposal is never spontaneous).
 * @example
 * PROPOSABLE_LEVELS.includes('formal') // true
 * @since 0.1.0
 */
export const PROPOSABLE_LEVELS = ['encouraged', 'structured', 'formal'] as const satisfies readonly FormalityLevel[]

/**
 * One of {@link PROPOSABLE_LEVELS}.
 * @example
 * const l: ProposableLevel = 'structured'
 * @since 0.1.0
 */
export type ProposableLevel = (typeof PROPOSABLE_LEVELS)[number]

/**
 * The formality levels `formalise` can raise a pair to.
 * @example
 * FORMALISABLE_LEVELS // ['structured', 'formal']
 * @since 0.1.0
 */
export const FORMALISABLE_LEVELS = ['structured', 'formal'] as const satisfies readonly FormalityLevel[]

/**
 * One of {@link FORMALISABLE_LEVELS}.
 * @example
 * const l: FormalisableLevel = 'formal'
 * @since 0.1.0
 */
export type FormalisableLevel = (typeof FORMALISABLE_LEVELS)[number]
