/**
 * fast-check arbitraries of valid policies and of their overrides, for the policy and readiness
 * property tests.
 */
import fc from 'fast-check'
import { COMPETENCIES, type Competency, type Level } from '../../src/model/organisation.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import { REQUIREMENTS, type ProgrammePolicy } from '../../src/programme/policy.js'

export const arbLevel = fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<Level>
export const arbRequirement = fc.constantFrom(...REQUIREMENTS)

const arbMinimum = fc.record(
  Object.fromEntries(COMPETENCIES.map((c) => [c, arbLevel])) as Record<Competency, fc.Arbitrary<Level>>,
  { requiredKeys: [] },
)

/** A valid policy; `maxYears` bounds the tenure minimum (the format allows up to 100). */
export const arbPolicy = (maxYears = 100): fc.Arbitrary<ProgrammePolicy> =>
  fc.record({
    level: fc.constantFrom(...FORMALITY_LEVELS),
    newcomerMonths: fc.integer({ min: 0, max: 120 }),
    mentor: fc.record({
      interest: fc.record({ requirement: arbRequirement }),
      tenure: fc.record({ requirement: arbRequirement, minYears: fc.integer({ min: 0, max: maxYears }) }),
      competencies: fc.record({ requirement: arbRequirement, minimum: arbMinimum }),
      training: fc.record({
        requirement: arbRequirement,
        kind: fc.constantFrom('coaching-techniques', 'mentoring-basics'),
      }),
      capacity: fc.record({ requirement: arbRequirement }),
    }),
    mentorship: fc.record({
      goals: fc.record({ requirement: arbRequirement, minGoals: fc.integer({ min: 1, max: 50 }) }),
      plan: fc.record({ requirement: arbRequirement }),
      reports: fc.record({ requirement: arbRequirement, cadenceWeeks: fc.integer({ min: 1, max: 104 }) }),
      checkIns: fc.record({ requirement: arbRequirement, cadenceWeeks: fc.integer({ min: 1, max: 104 }) }),
      managerApproval: fc.boolean(),
      responseDays: fc.integer({ min: 1, max: 365 }),
      stalledAfterDays: fc.integer({ min: 1, max: 365 }),
    }),
  })

/** The parts of a policy an override replaces as a whole (the competency minimums). */
const WHOLE = ['mentor.competencies.minimum']

/**
 * The leaves of a policy (or of part of one): path and value, objects walked key by key; the
 * competency minimums are one leaf, since an override replaces them as a whole.
 */
export const leaves = (v: unknown, path: readonly string[] = []): [readonly string[], unknown][] =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !WHOLE.includes(path.join('.'))
    ? Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))
    : [[path, v]]

/** The value at `path`, or undefined. */
export const at = (v: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((x, k) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[k] : undefined), v)

/** Set `path` in a deep copy of `v` (objects only). */
export const setAt = (v: unknown, path: readonly string[], value: unknown): unknown => {
  const [head, ...rest] = path
  if (head === undefined) return value
  const obj = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}
  return { ...obj, [head]: setAt(obj[head], rest, value) }
}

/** Any part of a policy: a random subset of its leaves, rebuilt as nested objects. */
export const arbPartOf = (p: ProgrammePolicy): fc.Arbitrary<unknown> =>
  fc
    .subarray(leaves(p).filter(([path]) => path[0] !== 'level'))
    .map((chosen) => chosen.reduce<unknown>((acc, [path, value]) => setAt(acc, path, value), {}))
