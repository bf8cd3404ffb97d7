/**
 * A programme policy: what a formality level asks of a mentor and of a mentorship, as data.
 * Every rule has a {@link Requirement}: `required` rules block, `advised` ones come back as advice,
 * `none` is not checked.
 * @module
 */
import type { Competency, Level } from '../model/organisation.js'
import type { FormalityLevel } from './formality.js'

/**
 * How strongly a policy asks for something.
 * @example
 * REQUIREMENTS // ['none', 'advised', 'required']
 * @since 0.1.0
 */
export const REQUIREMENTS = ['none', 'advised', 'required'] as const

/**
 * One of {@link REQUIREMENTS}.
 * @example
 * const r: Requirement = 'advised'
 * @since 0.1.0
 */
export type Requirement = (typeof REQUIREMENTS)[number]

/**
 * What a mentor needs (S11, S12, S15, S17).
 * @example
 * defaultPolicy('formal').mentor.tenure // { requirement: 'required', minYears: 2 }
 * @since 0.1.0
 */
export interface MentorRequirements {
  /** Interest recorded and `interested: true` (S12). */
  readonly interest: { readonly requirement: Requirement }
  /** Whole years in the current team, counted from `teamSince` (S11). */
  readonly tenure: { readonly requirement: Requirement; readonly minYears: number }
  /** Minimum levels of the formal competencies: planning, goal-setting, didactics (S15). */
  readonly competencies: {
    readonly requirement: Requirement
    readonly minimum: Readonly<Partial<Record<Competency, Level>>>
  }
  /** A completed training of this kind, coaching techniques by default (S17). */
  readonly training: { readonly requirement: Requirement; readonly kind: string }
  /** Current load (given by the caller) below `mentorCapacity`. */
  readonly capacity: { readonly requirement: Requirement }
}

/**
 * What a mentorship needs at this level (S16, S17).
 * @example
 * defaultPolicy('formal').mentorship.reports // { requirement: 'required', cadenceWeeks: 6 }
 * @since 0.1.0
 */
export interface MentorshipRequirements {
  /** At least `minGoals` goals. */
  readonly goals: { readonly requirement: Requirement; readonly minGoals: number }
  /** An agreed meeting rhythm (a plan). */
  readonly plan: { readonly requirement: Requirement }
  /** The mentor reports progress to the manager every `cadenceWeeks` weeks. */
  readonly reports: { readonly requirement: Requirement; readonly cadenceWeeks: number }
  /** The manager guides the mentor in a check-in every `cadenceWeeks` weeks (S17). */
  readonly checkIns: { readonly requirement: Requirement; readonly cadenceWeeks: number }
  /** Whether a proposed pair needs the manager's approval besides both acceptances. */
  readonly managerApproval: boolean
  /** Days a proposed pair has to answer before it expires, when the proposal names no date. */
  readonly responseDays: number
  /** Days without a session after which an active pair counts as stalled. */
  readonly stalledAfterDays: number
}

/**
 * The policy of a programme at one formality level. Start from {@link defaultPolicy} and adjust.
 * @example
 * const p: ProgrammePolicy = defaultPolicy('structured')
 * @since 0.1.0
 */
export interface ProgrammePolicy {
  readonly level: FormalityLevel
  /** Months in the organisation below which someone counts as a newcomer (S3). */
  readonly newcomerMonths: number
  readonly mentor: MentorRequirements
  readonly mentorship: MentorshipRequirements
}
