/**
 * `parseProgramme`: a programme in the interchange format, checked against the organisation
 * (CONTRACT section 5).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Issue } from '../errors/issue.js'
import { parseIsoDate, type IsoDate } from '../model/date.js'
import { employeeId, type EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { Criterion } from '../pairing/criterion.js'
import { DEFAULT_CRITERIA } from '../pairing/defaults.js'
import { readinessOf } from '../readiness/assess.js'
import { defaultPolicy } from './defaults.js'
import type { FormalityLevel } from './formality.js'
import { overridePolicy } from './parse-policy.js'
import type { ProgrammePolicy } from './policy.js'
import { referenceIssues } from './programme-checks.js'
import { lockedPairIssues } from './programme-locked.js'
import { partsOf, type At, type Parts } from './programme-parts.js'
import { allowedProgrammeKeys, ProgrammeSchema } from './programme-schema.js'
import type { PairRef, Programme, ProgrammeError } from './programme.js'
import { translateZodIssue } from './zod-issues.js'

/**
 * Options of {@link parseProgramme}: the host's own criteria, by the name programmes use.
 * @example
 * import { z } from 'zod'
 * const sameFloor = defineCriterion({
 *   name: 'same-floor', statements: [], params: z.strictObject({}),
 *   mentorFacts: (m) => m.employee.location, menteeFacts: (t) => t.employee.location,
 *   evaluate: ({ mentor, mentee }) => ({ raw: mentor === mentee ? 1 : 0, reason: { mentor, mentee } }),
 * })
 * const options: ParseProgrammeOptions = { criteria: { 'same-floor': sameFloor } }
 * @since 0.1.0
 */
export interface ParseProgrammeOptions {
  readonly criteria?: Readonly<Record<string, Criterion>>
}

/** zod's structural findings, except under `policy`, which `overridePolicy` reports in its own words. */
const structuralIssues = (input: unknown): readonly Issue[] => {
  const r = ProgrammeSchema.safeParse(input)
  if (r.success) return []
  return r.error.issues
    .filter((z) => z.path[0] !== 'policy')
    .flatMap((z) => translateZodIssue(input, z, [], allowedProgrammeKeys))
}

const policyOf = (parts: Parts, formality: FormalityLevel): E.Either<readonly Issue[], ProgrammePolicy> => {
  const r = overridePolicy(defaultPolicy(formality), parts.policy)
  return E.isRight(r) ? r : E.left(r.left.issues.map((i) => ({ ...i, path: ['policy', ...i.path] })))
}

const ids = (xs: readonly string[]): readonly EmployeeId[] => [...new Set(xs)].map(employeeId)

const pairs = (xs: readonly At<{ mentorId: string; menteeId: string }>[]): readonly PairRef[] =>
  xs.map(({ value }) => ({ mentorId: employeeId(value.mentorId), menteeId: employeeId(value.menteeId) }))

/** Every employee ready for the level (counting existing pairs as load), and every locked mentor. */
const defaultPool = (org: Organisation, parts: Parts, policy: ProgrammePolicy, asOf: IsoDate): readonly EmployeeId[] => {
  const mentees = new Set(parts.mentees.map((m) => m.value.employeeId))
  const locked = new Set(parts.locked.map((p) => p.value.mentorId))
  const load = new Map<string, number>()
  for (const { value } of parts.existing) load.set(value.mentorId, (load.get(value.mentorId) ?? 0) + 1)
  return org.employees
    .filter((e) => !mentees.has(e.id))
    .filter((e) => locked.has(e.id) || readinessOf(e, policy, asOf, load.get(e.id) ?? 0).status === 'ready')
    .map((e) => e.id)
}

const build = (
  parts: Parts,
  org: Organisation,
  given: { formality: FormalityLevel; asOf: IsoDate; policy: ProgrammePolicy; custom: Readonly<Record<string, Criterion>> },
): Programme => {
  const known = parts.mentees.filter((m) => org.index.employeeById.has(m.value.employeeId as EmployeeId))
  const firstOf = known.filter((m, k) => known.findIndex((n) => n.value.employeeId === m.value.employeeId) === k)
  return {
    schemaVersion: 1,
    id: parts.id ?? '',
    name: parts.name ?? '',
    formality: given.formality,
    asOf: given.asOf,
    managerId: typeof parts.managerId === 'string' ? employeeId(parts.managerId) : null,
    policy: given.policy,
    mentees: firstOf.map(({ value }) => ({ ...value, employeeId: employeeId(value.employeeId) })),
    mentors: parts.mentors === undefined ? defaultPool(org, parts, given.policy, given.asOf) : ids(parts.mentors.map((m) => m.value)),
    criteria: parts.criteria === undefined ? DEFAULT_CRITERIA[given.formality] : parts.criteria.map((r) => r.value),
    affinities: parts.affinities.map(({ value }) => ({ ...value, a: employeeId(value.a), b: employeeId(value.b) })),
    locked: pairs(parts.locked),
    forbidden: pairs(parts.forbidden),
    existing: pairs(parts.existing),
    customCriteria: given.custom,
  }
}

/**
 * Parse a programme (CONTRACT section 5) and check it against `org`, reporting every problem at
 * once with its path: structure (unknown keys, wrong types, values out of range), the policy
 * overrides, unknown employees (mentees, mentors, affinities, locked, forbidden and existing
 * pairs, `managerId`), duplicates, a mentee also listed as mentor, unknown criteria (unless
 * registered in `options.criteria`) and invalid criterion parameters, locked pairs that are also
 * forbidden or existing, that exceed the mentor's capacity (with `existing`) or that break a
 * `require` criterion. Defaults: `policy` overrides `defaultPolicy(formality)`; `mentors` are
 * every employee (not a mentee) ready for the level on `asOf`, counting `existing` pairs as load,
 * plus the mentors of locked pairs; `criteria` are the level's defaults (`DEFAULT_CRITERIA`).
 * @example
 * parseProgramme({ schemaVersion: 1, id: 'p1', name: 'Onboarding', formality: 'structured',
 *   asOf: '2026-11-01', mentees: [{ employeeId: 'e5', purpose: 'onboarding' }] }, org)
 * // Right({ ..., mentors: ['e1'], criteria: DEFAULT_CRITERIA.structured, ... })
 * @since 0.1.0
 */
export const parseProgramme = (
  input: unknown,
  org: Organisation,
  options?: ParseProgrammeOptions,
): E.Either<ProgrammeError, Programme> => {
  const custom = options?.criteria ?? {}
  const parts = partsOf(input)
  const policy = parts.formality === undefined ? undefined : policyOf(parts, parts.formality)
  const issues = [
    ...structuralIssues(input),
    ...(policy !== undefined && E.isLeft(policy) ? policy.left : []),
    ...referenceIssues(parts, org, custom),
  ]
  const asOf = parts.asOf === undefined ? undefined : parseIsoDate(parts.asOf)
  if (parts.formality === undefined || asOf === undefined) return E.left({ code: 'invalid-programme', issues })
  const programme = build(parts, org, {
    formality: parts.formality,
    asOf,
    policy: policy !== undefined && E.isRight(policy) ? policy.right : defaultPolicy(parts.formality),
    custom,
  })
  const all = [...issues, ...lockedPairIssues(org, programme, parts.locked, parts.existing)]
  return all.length === 0 ? E.right(programme) : E.left({ code: 'invalid-programme', issues: all })
}
