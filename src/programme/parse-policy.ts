/**
 * Policies at the boundary: `parsePolicy` for a policy given as data, and `overridePolicy` for the
 * `policy` field of a programme (CONTRACT §3, §5). Both report every problem at once.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import { defaultPolicy } from './defaults.js'
import { FORMALITY_LEVELS, type FormalityLevel } from './formality.js'
import { deepMerge } from './merge.js'
import type { ProgrammePolicy } from './policy.js'
import { policyIssues } from './policy-issues.js'
import { PolicyInputSchema, PolicyOverridesSchema, ProgrammePolicySchema } from './policy-schema.js'

/**
 * A policy or a policy override that is not valid: every problem, with its path.
 * @example
 * const e: PolicyError = { code: 'invalid-policy', issues: [{ code: 'policy-out-of-range',
 *   path: ['mentor', 'tenure', 'minYears'], params: { value: -1, min: 0, max: 100 },
 *   message: 'Expected a whole number from 0 to 100, received -1.' }] }
 * @since 0.1.0
 */
export interface PolicyError {
  readonly code: 'invalid-policy'
  readonly issues: readonly Issue[]
}

/** The parts of a policy that an override replaces as a whole instead of merging key by key. */
const ATOMIC = ['mentor.competencies.minimum'] as const

const invalid = (issues: readonly Issue[]): E.Either<PolicyError, never> => E.left({ code: 'invalid-policy', issues })

/** Check a merged policy completely; the figures of a `Level` are whole numbers 0..5 by then. */
const complete = (merged: unknown): E.Either<PolicyError, ProgrammePolicy> => {
  const r = ProgrammePolicySchema.safeParse(merged, { reportInput: true })
  // The schema bounds every competency minimum to a whole number 0..5: exactly a `Level`.
  return r.success ? E.right(r.data as ProgrammePolicy) : invalid(policyIssues(ProgrammePolicySchema, r.error.issues))
}

/**
 * Parse a policy given as data: a `level` and any part of the rest, at any depth; what is left
 * out comes from `defaultPolicy(level)`. Objects merge key by key, except the table of competency
 * minimums (`mentor.competencies.minimum`), which replaces the default's as a whole when given:
 * a competency left out of it has no minimum. So a complete policy parses to itself, and
 * `{ level: 'formal', mentor: { tenure: { minYears: 3 } } }` is the formal default with three
 * years of tenure. Unknown keys, wrong types,
 * unknown levels, requirements and competencies, and figures out of bounds (see
 * {@link POLICY_BOUNDS}: years 0..100, levels 0..5, cadences 1..104 weeks, ...) are issues,
 * reported all at once with their paths.
 * @example
 * parsePolicy({ level: 'structured', mentor: { tenure: { minYears: 3 } } })
 * // Right({ level: 'structured', mentor: { tenure: { requirement: 'required', minYears: 3 }, ... }, ... })
 * parsePolicy({ level: 'formal', mentor: { tenure: { minYears: -1 } } })
 * // Left({ code: 'invalid-policy', issues: [{ code: 'policy-out-of-range', path: ['mentor', 'tenure', 'minYears'], ... }] })
 * @since 0.1.0
 */
export const parsePolicy = (input: unknown): E.Either<PolicyError, ProgrammePolicy> => {
  const r = PolicyInputSchema.safeParse(input, { reportInput: true })
  if (!r.success) return invalid(policyIssues(PolicyInputSchema, r.error.issues))
  return complete(deepMerge(defaultPolicy(r.data.level), r.data, ATOMIC))
}

/** The level an override names, when it is a level at all. */
const namedLevel = (overrides: unknown): FormalityLevel | undefined => {
  const v = typeof overrides === 'object' && overrides !== null && Object.hasOwn(overrides, 'level')
    ? (overrides as { readonly level?: unknown }).level
    : undefined
  return FORMALITY_LEVELS.find((l) => l === v)
}

/**
 * Lay a programme's policy `overrides` over `base` (usually `defaultPolicy(formality)`): any part
 * of a policy, at any depth, objects merged key by key, except the table of competency minimums,
 * replaced as a whole when given (as in {@link parsePolicy}). The result is checked completely, so an
 * invalid `base` is reported too. A `level` in the overrides may only repeat the base's
 * (`policy-level-mismatch` otherwise): the programme's formality decides the level.
 * @example
 * overridePolicy(defaultPolicy('formal'), { mentorship: { reports: { cadenceWeeks: 4 } } })
 * // Right({ ...formal, mentorship: { ...formal.mentorship, reports: { requirement: 'required', cadenceWeeks: 4 } } })
 * @since 0.1.0
 */
export const overridePolicy = (base: ProgrammePolicy, overrides: unknown): E.Either<PolicyError, ProgrammePolicy> => {
  const r = PolicyOverridesSchema.safeParse(overrides, { reportInput: true })
  const level = namedLevel(overrides)
  const mismatch =
    level !== undefined && level !== base.level
      ? [issue('policy-level-mismatch', ['level'], { level, expected: base.level })]
      : []
  const found = r.success ? [] : policyIssues(PolicyOverridesSchema, r.error.issues)
  if (!r.success || mismatch.length > 0) return invalid([...found, ...mismatch])
  return complete(deepMerge(base, r.data, ATOMIC))
}
