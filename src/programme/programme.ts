/**
 * A mentoring programme: who may be paired with whom, on which criteria, under which policy
 * (S14; CONTRACT section 5). Values of these types are valid: {@link parseProgramme} makes them.
 * @module
 */
import type { Issue } from '../errors/issue.js'
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { Criterion } from '../pairing/criterion.js'
import type { FormalityLevel } from './formality.js'
import type { ProgrammePolicy } from './policy.js'

/**
 * Why a mentee takes part: to find their feet as a newcomer (S3) or to develop further (S4).
 * @example
 * PURPOSES[0] // 'onboarding'
 * @since 0.1.0
 */
export const PURPOSES = ['onboarding', 'development'] as const

/**
 * One of {@link PURPOSES}.
 * @example
 * const p: Purpose = 'development'
 * @since 0.1.0
 */
export type Purpose = (typeof PURPOSES)[number]

/**
 * The work questions a mentor helps with (S8, S9): how to approach something, how to win support
 * for an idea, what the logical next step is, and the company strategy.
 * @example
 * TOPICS.includes('buy-in') // true
 * @since 0.1.0
 */
export const TOPICS = ['approach', 'buy-in', 'next-step', 'strategy'] as const

/**
 * One of {@link TOPICS}.
 * @example
 * const t: Topic = 'strategy'
 * @since 0.1.0
 */
export type Topic = (typeof TOPICS)[number]

/**
 * Where an affinity between two colleagues comes from (S13): the manager `observed` that they get
 * on (it goes both ways), or `a` `nominated` `b` as someone they would like to work with.
 * @example
 * AFFINITY_SOURCES // ['observed', 'nominated']
 * @since 0.1.0
 */
export const AFFINITY_SOURCES = ['observed', 'nominated'] as const

/**
 * One of {@link AFFINITY_SOURCES}.
 * @example
 * const s: AffinitySource = 'observed'
 * @since 0.1.0
 */
export type AffinitySource = (typeof AFFINITY_SOURCES)[number]

/**
 * How a criterion counts (CONTRACT section 4): `require` decides eligibility only, `prefer` adds
 * `weight * raw`, `avoid` adds `weight * (1 - raw)`, both normalised by the total weight.
 * @example
 * MODES // ['require', 'prefer', 'avoid']
 * @since 0.1.0
 */
export const MODES = ['require', 'prefer', 'avoid'] as const

/**
 * One of {@link MODES}.
 * @example
 * const m: Mode = 'prefer'
 * @since 0.1.0
 */
export type Mode = (typeof MODES)[number]

/**
 * A mentee of the programme and what they ask for.
 * @example
 * const r: MenteeRequest = { employeeId: e5, purpose: 'onboarding', developmentAreas: ['typescript'], topics: ['approach'] }
 * @since 0.1.0
 */
export interface MenteeRequest {
  readonly employeeId: EmployeeId
  readonly purpose: Purpose
  /** Expertise areas (keys of `Employee.expertise`) the mentee wants to grow in (S4, S6). */
  readonly developmentAreas: readonly string[]
  /** Work questions the mentee brings (S8, S9). */
  readonly topics: readonly Topic[]
}

/**
 * A signal that two colleagues would make a good pair (S13).
 * @example
 * const a: Affinity = { a: e1, b: e5, source: 'observed' }
 * @since 0.1.0
 */
export interface Affinity {
  readonly a: EmployeeId
  readonly b: EmployeeId
  readonly source: AffinitySource
}

/**
 * A mentor and a mentee: a locked, forbidden or existing pair.
 * @example
 * const p: PairRef = { mentorId: e1, menteeId: e5 }
 * @since 0.1.0
 */
export interface PairRef {
  readonly mentorId: EmployeeId
  readonly menteeId: EmployeeId
}

/**
 * One pairing criterion of a programme, as data (CONTRACT section 4). `params` are as written in
 * the programme (`{}` when absent); each criterion's schema fills in its defaults when it is bound.
 * @example
 * const r: CriterionRule = { criterion: 'more-experienced', mode: 'require', weight: 0, params: { minYears: 2 } }
 * @since 0.1.0
 */
export interface CriterionRule {
  readonly criterion: string
  readonly mode: Mode
  readonly weight: number
  readonly params: Readonly<Record<string, unknown>>
}

/**
 * A parsed, valid programme with every default applied: `policy` is the level's default policy with
 * the programme's overrides, `mentors` the explicit list or every employee ready for the level,
 * `criteria` the explicit list or the level's defaults (see `docs/criteria.md`).
 * `not-reporting-line` always applies as `require`, listed or not. `customCriteria` are the
 * criteria the host registered when parsing.
 * @example
 * const parsed = parseProgramme({ schemaVersion: 1, id: 'p1', name: 'Onboarding', formality: 'structured',
 *   asOf: '2026-11-01', mentees: [{ employeeId: 'e5', purpose: 'onboarding' }] }, org)
 * if (parsed._tag === 'Right') {
 *   const p: Programme = parsed.right
 *   p.mentors // ['e1']: everyone ready for a structured programme
 * }
 * @since 0.1.0
 */
export interface Programme {
  readonly schemaVersion: 1
  readonly id: string
  readonly name: string
  readonly formality: FormalityLevel
  readonly asOf: IsoDate
  readonly managerId: EmployeeId | null
  readonly policy: ProgrammePolicy
  readonly mentees: readonly MenteeRequest[]
  readonly mentors: readonly EmployeeId[]
  readonly criteria: readonly CriterionRule[]
  readonly affinities: readonly Affinity[]
  readonly locked: readonly PairRef[]
  readonly forbidden: readonly PairRef[]
  readonly existing: readonly PairRef[]
  readonly customCriteria: Readonly<Record<string, Criterion>>
}

/**
 * A programme that does not parse: every problem, each with its path into the input.
 * @example
 * const e: ProgrammeError = { code: 'invalid-programme', issues: [] }
 * @since 0.1.0
 */
export interface ProgrammeError {
  readonly code: 'invalid-programme'
  readonly issues: readonly Issue[]
}
