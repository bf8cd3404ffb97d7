/**
 * The result of matching a programme (CONTRACT section 6) and what can go wrong.
 * @module
 */
import type { Issue } from '../errors/issue.js'
import type { EmployeeId } from '../model/ids.js'
import type { BreakdownRow, ScoreError } from '../pairing/pair-score.js'

/**
 * How {@link match} pairs mentees with mentors: `optimal` (as many mentees as possible, then the
 * highest total score), `stable` (mentee-proposing deferred acceptance on scores: no pair would
 * rather be together) or `greedy` (best pairs first, a fast baseline). See `docs/matching.md`.
 * @example
 * MATCH_STRATEGIES // ['optimal', 'stable', 'greedy']
 * @since 0.1.0
 */
export const MATCH_STRATEGIES = ['optimal', 'stable', 'greedy'] as const

/**
 * One of {@link MATCH_STRATEGIES}.
 * @example
 * const s: MatchStrategy = 'stable'
 * @since 0.1.0
 */
export type MatchStrategy = (typeof MATCH_STRATEGIES)[number]

/**
 * Options of {@link match}.
 * @example
 * const o: MatchOptions = { strategy: 'optimal', loadBalance: 0.05 }
 * @since 0.1.0
 */
export interface MatchOptions {
  /** The strategy; default `optimal`. */
  readonly strategy?: MatchStrategy
  /**
   * A penalty per further mentee of the same mentor, a finite number of at least 0 (default 0):
   * a mentor's k-th mentee (counting existing and locked ones) costs `(k - 1) * loadBalance` of
   * score. For `optimal` and `greedy`; `stable` ranks on scores alone.
   */
  readonly loadBalance?: number
}

/**
 * A proposed pair: a new one, or a `locked` one the programme fixed. `score` and `breakdown` are
 * those of the pair in the programme (`scorePair`), with the criteria in canonical order.
 * @example
 * const p: MatchedPair = { mentorId: e1, menteeId: e5, score: 0.82, breakdown: [], locked: false }
 * @since 0.1.0
 */
export interface MatchedPair {
  readonly mentorId: EmployeeId
  readonly menteeId: EmployeeId
  readonly score: number
  readonly breakdown: readonly BreakdownRow[]
  readonly locked: boolean
}

/**
 * How many of the programme's mentors one `require` criterion (or `forbidden`) rules out for a
 * mentee; a mentor failing two criteria counts under both.
 * @example
 * const x: Exclusion = { criterion: 'more-experienced', mentors: 4 }
 * @since 0.1.0
 */
export interface Exclusion {
  readonly criterion: string
  readonly mentors: number
}

/**
 * The mentees a mentor took in this matching (new and locked), for a mentee who could have had them.
 * @example
 * const t: TakenMentor = { mentorId: e1, menteeIds: [e2, e5] }
 * @since 0.1.0
 */
export interface TakenMentor {
  readonly mentorId: EmployeeId
  readonly menteeIds: readonly EmployeeId[]
}

/**
 * Why a mentee has no mentor, as data:
 * - `no-eligible-mentor`: none of the `pool` mentors is eligible; `excludedBy` counts, per
 *   `require` criterion and `forbidden`, the mentors it rules out (only criteria that rule out any).
 * - `mentors-at-capacity`: these eligible mentors have no place left before matching (their
 *   `existing` and `locked` pairs, or a capacity of 0).
 * - `places-taken`: these eligible mentors had places, and this matching gave them to others.
 *   Under `optimal` that was needed: every valid matching that places this mentee leaves another
 *   one without a mentor.
 * A mentee with eligible mentors gets `mentors-at-capacity`, `places-taken` or both.
 * @example
 * const r: UnmatchedReason = { code: 'mentors-at-capacity', mentorIds: [e1, e2] }
 * @since 0.1.0
 */
export type UnmatchedReason =
  | { readonly code: 'no-eligible-mentor'; readonly pool: number; readonly excludedBy: readonly Exclusion[] }
  | { readonly code: 'mentors-at-capacity'; readonly mentorIds: readonly EmployeeId[] }
  | { readonly code: 'places-taken'; readonly mentors: readonly TakenMentor[] }

/**
 * The codes of {@link UnmatchedReason}.
 * @example
 * UNMATCHED_REASONS.includes('places-taken') // true
 * @since 0.1.0
 */
export const UNMATCHED_REASONS = ['no-eligible-mentor', 'mentors-at-capacity', 'places-taken'] as const

/**
 * A mentee left without a mentor, and why.
 * @example
 * const u: UnmatchedMentee = { menteeId: e5, reasons: [{ code: 'no-eligible-mentor', pool: 3, excludedBy: [] }] }
 * @since 0.1.0
 */
export interface UnmatchedMentee {
  readonly menteeId: EmployeeId
  readonly reasons: readonly UnmatchedReason[]
}

/**
 * What a `stable` or `greedy` matching gives up against the `optimal` one on the same input and
 * options: `coverageLost` is the optimal coverage minus this one (a share, at least 0),
 * `scoreLost` the optimal total score minus this one (it can be negative when this matching covers
 * fewer mentees or when `loadBalance` made the optimal one trade score for spread).
 * @example
 * const c: ComparedToOptimal = { coverageLost: 0, scoreLost: 0.12 }
 * @since 0.1.0
 */
export interface ComparedToOptimal {
  readonly coverageLost: number
  readonly scoreLost: number
}

/**
 * The proposed matching of a programme (CONTRACT section 6; also the CLI's JSON output).
 * `pairs` are the new and the locked pairs, sorted by mentee id; `unmatched` the other mentees,
 * sorted by mentee id; `mentorLoad` the mentees of each mentor of the pool (and of each mentor of
 * an `existing` pair) after the matching, existing ones included; `totalScore` the sum of the
 * pairs' scores (without load-balance penalties); `coverage` the share of mentees with a mentor
 * (1 for a programme without mentees).
 * @example
 * const m: Matching = { schemaVersion: 1, strategy: 'optimal', pairs: [], unmatched: [],
 *   mentorLoad: {}, totalScore: 0, coverage: 1 }
 * @since 0.1.0
 */
export interface Matching {
  readonly schemaVersion: 1
  readonly strategy: MatchStrategy
  readonly pairs: readonly MatchedPair[]
  readonly unmatched: readonly UnmatchedMentee[]
  readonly mentorLoad: Readonly<Record<string, number>>
  readonly totalScore: number
  readonly coverage: number
  readonly comparedToOptimal?: ComparedToOptimal
}

/**
 * The options or the programme cannot be matched as given: bad options, duplicate ids, locked
 * pairs that do not fit (beyond capacity, ineligible, outside the programme), or scores that are
 * not numbers. Every problem, with its path (`['options', key]`, or into the programme).
 * @example
 * const e: InvalidMatchInput = { code: 'invalid-match-input', issues: [] }
 * @since 0.1.0
 */
export interface InvalidMatchInput {
  readonly code: 'invalid-match-input'
  readonly issues: readonly Issue[]
}

/**
 * Why {@link match} gave no matching: the programme could not be scored, or could not be matched.
 * @example
 * const e: MatchError = { code: 'invalid-match-input', issues: [] }
 * @since 0.1.0
 */
export type MatchError = ScoreError | InvalidMatchInput
