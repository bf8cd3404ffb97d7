/**
 * What a person still lacks for a mentor role: the gaps of a readiness assessment (CONTRACT §3).
 * @module
 */
import type { IsoDate } from '../model/date.js'
import type { Competency, Level } from '../model/organisation.js'
import type { MentorRequirements } from '../programme/policy.js'

/**
 * Every gap code, in the order the rules are checked.
 * @example
 * GAP_CODES.includes('training-missing') // true
 * @since 0.1.0
 */
export const GAP_CODES = [
  'interest-missing',
  'not-interested',
  'tenure-below-minimum',
  'competency-below-minimum',
  'training-missing',
  'no-capacity',
] as const

/**
 * One of {@link GAP_CODES}.
 * @example
 * const c: GapCode = 'no-capacity'
 * @since 0.1.0
 */
export type GapCode = (typeof GAP_CODES)[number]

/**
 * One thing a person lacks, with its figures. `required` is what the policy asks and `actual`
 * what the person has:
 * - `interest-missing`: no interest recorded on or before the assessment date (S12);
 * - `not-interested`: the recorded interest says `interested: false`;
 * - `tenure-below-minimum`: whole years in the team (from `teamSince`, S11); `metOn` is the
 *   anniversary on which time alone closes the gap;
 * - `competency-below-minimum`: one gap per `competency` below its minimum level (S15);
 * - `training-missing`: `required` is the training kind, coaching techniques by default (S17);
 * - `no-capacity`: `required` is the capacity needed for one more mentee (current load + 1),
 *   `actual` the person's `mentorCapacity`.
 * @example
 * const g: Gap = { code: 'tenure-below-minimum', required: 2, actual: 1, metOn: date }
 * @since 0.1.0
 */
export type Gap =
  | { readonly code: 'interest-missing' }
  | { readonly code: 'not-interested' }
  | {
      readonly code: 'tenure-below-minimum'
      readonly required: number
      readonly actual: number
      readonly metOn: IsoDate
    }
  | {
      readonly code: 'competency-below-minimum'
      readonly competency: Competency
      readonly required: Level
      readonly actual: Level
    }
  | { readonly code: 'training-missing'; readonly required: string }
  | { readonly code: 'no-capacity'; readonly required: number; readonly actual: number }

/**
 * The mentor rules of a policy, in the order they are checked.
 * @example
 * MENTOR_RULES[0] // 'interest'
 * @since 0.1.0
 */
export const MENTOR_RULES = ['interest', 'tenure', 'competencies', 'training', 'capacity'] as const satisfies readonly (keyof MentorRequirements)[]

/**
 * One of {@link MENTOR_RULES}: a key of {@link MentorRequirements}.
 * @example
 * const r: MentorRule = 'training'
 * @since 0.1.0
 */
export type MentorRule = (typeof MENTOR_RULES)[number]

/**
 * The policy rule each gap code belongs to.
 * @example
 * RULE_OF_GAP['not-interested'] // 'interest'
 * @since 0.1.0
 */
export const RULE_OF_GAP = {
  'interest-missing': 'interest',
  'not-interested': 'interest',
  'tenure-below-minimum': 'tenure',
  'competency-below-minimum': 'competencies',
  'training-missing': 'training',
  'no-capacity': 'capacity',
} as const satisfies Record<GapCode, MentorRule>
