/**
 * The built-in pairing criteria by name (CONTRACT section 4), and the lookup that adds a host's own.
 * @module
 */
import type { Criterion } from './criterion.js'
import { expertiseCoverage } from './criteria/expertise-coverage.js'
import { mentorReady } from './criteria/mentor-ready.js'
import { moreExperienced } from './criteria/more-experienced.js'
import { mutualAffinity } from './criteria/mutual-affinity.js'
import { notReportingLine } from './criteria/not-reporting-line.js'
import { sameLocation } from './criteria/same-location.js'
import { sameTeam } from './criteria/same-team.js'
import { sharedLanguage } from './criteria/shared-language.js'
import { topicStrength } from './criteria/topic-strength.js'

/**
 * The names of the built-in criteria.
 * @example
 * CRITERION_NAMES.includes('same-team') // true
 * @since 0.1.0
 */
export const CRITERION_NAMES = [
  'not-reporting-line',
  'more-experienced',
  'expertise-coverage',
  'topic-strength',
  'same-team',
  'mutual-affinity',
  'shared-language',
  'same-location',
  'mentor-ready',
] as const

/**
 * One of {@link CRITERION_NAMES}.
 * @example
 * const n: CriterionName = 'mentor-ready'
 * @since 0.1.0
 */
export type CriterionName = (typeof CRITERION_NAMES)[number]

/**
 * The built-in criteria, by name. See `docs/criteria.md` for each one's formula and source.
 * @example
 * CRITERIA['more-experienced'].statements // ['S3', 'S6']
 * @since 0.1.0
 */
export const CRITERIA = {
  'not-reporting-line': notReportingLine,
  'more-experienced': moreExperienced,
  'expertise-coverage': expertiseCoverage,
  'topic-strength': topicStrength,
  'same-team': sameTeam,
  'mutual-affinity': mutualAffinity,
  'shared-language': sharedLanguage,
  'same-location': sameLocation,
  'mentor-ready': mentorReady,
} as const satisfies Record<CriterionName, Criterion>

/**
 * Whether `name` is a built-in criterion.
 * @example
 * isBuiltInCriterion('same-team') // true
 * @since 0.1.0
 */
export const isBuiltInCriterion = (name: string): name is CriterionName => Object.hasOwn(CRITERIA, name)

/**
 * The criterion called `name`: a built-in one, else one of the host's `custom` criteria, else
 * `undefined`. A built-in name always means the built-in criterion.
 * @example
 * findCriterion('same-team', {})?.name // 'same-team'
 * @since 0.1.0
 */
export const findCriterion = (name: string, custom: Readonly<Record<string, Criterion>>): Criterion | undefined =>
  isBuiltInCriterion(name) ? CRITERIA[name] : Object.hasOwn(custom, name) ? custom[name] : undefined
