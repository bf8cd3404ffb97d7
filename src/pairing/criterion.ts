/**
 * The shape of a pairing criterion (S14), built-in or registered by a host. A criterion computes
 * facts per person once (`mentorFacts`, `menteeFacts`), then judges a pair from those facts
 * alone with a pure `evaluate`, which yields `raw` in [0, 1] and the reason as data. A `kernel`
 * may judge a whole row of pairs at once over typed arrays, for the score matrix; it must agree
 * with `evaluate` exactly.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { z } from 'zod'
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { Affinity, MenteeRequest, Programme } from '../programme/programme.js'
import type { Hint } from './hint.js'

/**
 * A would-be mentor as the criteria see them: the employee and the mentees they already have in
 * the programme's `existing` pairs.
 * @example
 * const employee = org.index.employeeById.get(e1)
 * if (employee !== undefined) {
 *   const m: MentorInput = { employee, existingLoad: 1 }
 * }
 * @since 0.1.0
 */
export interface MentorInput {
  readonly employee: Employee
  readonly existingLoad: number
}

/**
 * A mentee as the criteria see them: the employee and their request in the programme.
 * @example
 * const employee = org.index.employeeById.get(e5)
 * const request = programme.mentees[0]
 * if (employee !== undefined && request !== undefined) {
 *   const t: MenteeInput = { employee, request }
 * }
 * @since 0.1.0
 */
export interface MenteeInput {
  readonly employee: Employee
  readonly request: MenteeRequest
}

/**
 * What is the same for every pair of one scoring run: the organisation, the programme, the
 * scoring date and the programme's affinities by person.
 * @example
 * const ctx: ScoringContext = {
 *   org, programme, asOf: date,
 *   affinitiesOf: (id) => programme.affinities.filter((a) => a.a === id || a.b === id),
 * }
 * ctx.affinitiesOf(e5).length // 0: the programme records no affinities
 * @since 0.1.0
 */
export interface ScoringContext {
  readonly org: Organisation
  readonly programme: Programme
  readonly asOf: IsoDate
  readonly affinitiesOf: (id: EmployeeId) => readonly Affinity[]
}

/**
 * The facts a criterion judges a pair on: its own per-person facts and its parameters.
 * @example
 * const f: PairFacts<{ team: string }, { team: string }, {}> = { mentor: { team: 'a' }, mentee: { team: 'a' }, params: {} }
 * @since 0.1.0
 */
export interface PairFacts<MF, TF, P> {
  readonly mentor: MF
  readonly mentee: TF
  readonly params: P
}

/**
 * The judgement of one pair on one criterion: `raw` in [0, 1] (1 = fully met) and the reason as
 * data (the figures behind `raw`, rendered by `explainPairScore`).
 * @example
 * const e: Evaluation = { raw: 1, reason: { mentorTeam: 'payments', menteeTeam: 'payments' } }
 * @since 0.1.0
 */
export interface Evaluation<R extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> {
  readonly raw: number
  readonly reason: R
}

/**
 * Judge mentee `mentee` against the mentors `mentors[0..count)` (indices into the mentor list the
 * criterion was prepared with), writing each `raw` to `out[0..count)`.
 * @example
 * const kernel: RowKernel = (mentee, mentors, count, out) => {
 *   for (let k = 0; k < count; k++) out[k] = mentors[k] === mentee ? 1 : 0
 * }
 * const out = new Float64Array(2)
 * kernel(0, Int32Array.of(0, 1), 2, out) // out is now [1, 0]
 * @since 0.1.0
 */
export type RowKernel = (mentee: number, mentors: Int32Array, count: number, out: Float64Array) => void

/**
 * How to write a criterion. `P` is the parsed parameters, `MF` and `TF` the per-person facts of
 * mentor and mentee, `R` the reason. `hints` says, for a pair that fails the criterion as a
 * `require`, the smallest changes that would make it pass (`[]` when nothing in the programme
 * can); without it the hint is to make the criterion a preference. `statements` name the
 * statements of the article the criterion comes from (S2, S6, ...).
 * @example
 * import { z } from 'zod'
 * const spec: CriterionSpec<{}, string, string, { same: boolean }> = {
 *   name: 'same-floor', statements: [], params: z.strictObject({}),
 *   mentorFacts: (m) => m.employee.location ?? '', menteeFacts: (t) => t.employee.location ?? '',
 *   evaluate: ({ mentor, mentee }) => ({ raw: mentor === mentee ? 1 : 0, reason: { same: mentor === mentee } }),
 * }
 * @since 0.1.0
 */
export interface CriterionSpec<P, MF, TF, R extends Readonly<Record<string, unknown>>> {
  readonly name: string
  readonly statements: readonly string[]
  readonly params: z.ZodType<P>
  readonly mentorFacts: (mentor: MentorInput, params: P, ctx: ScoringContext) => MF
  readonly menteeFacts: (mentee: MenteeInput, params: P, ctx: ScoringContext) => TF
  readonly evaluate: (facts: PairFacts<MF, TF, P>) => Evaluation<R>
  readonly kernel?: (mentors: readonly MF[], mentees: readonly TF[], params: P) => RowKernel
  readonly hints?: (facts: PairFacts<MF, TF, P>) => readonly Hint[]
}

/**
 * A criterion prepared for a list of mentors and mentees: the facts of each person are computed,
 * and pairs are judged by index (mentor `i` of the list, mentee `j`).
 * @example
 * const bound = CRITERIA['same-team'].bind({})
 * const ctx: ScoringContext = { org, programme, asOf: date, affinitiesOf: () => [] }
 * const mentors = org.employees.filter((e) => e.id === e1).map((employee) => ({ employee, existingLoad: 0 }))
 * const mentees = programme.mentees.flatMap((request) => {
 *   const employee = org.index.employeeById.get(request.employeeId)
 *   return employee === undefined ? [] : [{ employee, request }]
 * })
 * if (bound._tag === 'Right') {
 *   const prepared: PreparedCriterion = bound.right.prepare(ctx, mentors, mentees)
 *   prepared.evaluate(0, 0) // { raw: 0, reason: { mentorTeam: 'payments', menteeTeam: 'platform' } }
 * }
 * @since 0.1.0
 */
export interface PreparedCriterion {
  readonly kernel: RowKernel
  readonly evaluate: (mentor: number, mentee: number) => Evaluation
  readonly hints: (mentor: number, mentee: number) => readonly Hint[]
}

/**
 * A criterion with its parameters checked.
 * @example
 * const bound = CRITERIA['more-experienced'].bind({ minYears: 2 })
 * if (bound._tag === 'Right') {
 *   const b: BoundCriterion = bound.right
 *   b.params // { minYears: 2 }
 * }
 * @since 0.1.0
 */
export interface BoundCriterion {
  readonly params: unknown
  readonly prepare: (
    ctx: ScoringContext,
    mentors: readonly MentorInput[],
    mentees: readonly MenteeInput[],
  ) => PreparedCriterion
}

/**
 * A pairing criterion, built-in or a host's: make one with {@link defineCriterion}. `bind`
 * checks parameters (zod issues, paths relative to `params`).
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * const c: Criterion = CRITERIA['more-experienced']
 * E.isRight(c.bind({ minYears: 2 })) // true
 * E.isRight(c.bind({ minYears: 'two' })) // false
 * @since 0.1.0
 */
export interface Criterion {
  readonly name: string
  readonly statements: readonly string[]
  /** The top-level parameter names, for messages about unknown ones. */
  readonly paramKeys: readonly string[]
  readonly bind: (params: unknown) => E.Either<readonly z.core.$ZodIssue[], BoundCriterion>
}

/** Keep a host's `raw` inside [0, 1] (NaN counts as 0). */
const clamp = (raw: number): number => (raw >= 0 ? (raw <= 1 ? raw : 1) : 0)

const prepareWith =
  <P, MF, TF, R extends Readonly<Record<string, unknown>>>(spec: CriterionSpec<P, MF, TF, R>, params: P) =>
  (ctx: ScoringContext, mentors: readonly MentorInput[], mentees: readonly MenteeInput[]): PreparedCriterion => {
    const mf = mentors.map((m) => spec.mentorFacts(m, params, ctx))
    const tf = mentees.map((t) => spec.menteeFacts(t, params, ctx))
    const facts = (i: number, j: number): PairFacts<MF, TF, P> => ({
      mentor: mf[i] as MF,
      mentee: tf[j] as TF,
      params,
    })
    const evaluate = (i: number, j: number): Evaluation => {
      const e = spec.evaluate(facts(i, j))
      return { raw: clamp(e.raw), reason: e.reason }
    }
    const generic: RowKernel = (j, list, count, out) => {
      for (let k = 0; k < count; k++) out[k] = evaluate(list[k] ?? 0, j).raw
    }
    const relax: readonly Hint[] = [{ code: 'relax-criterion', criterion: spec.name }]
    return {
      kernel: spec.kernel === undefined ? generic : spec.kernel(mf, tf, params),
      evaluate,
      hints: (i, j) => (spec.hints === undefined ? relax : spec.hints(facts(i, j))),
    }
  }

/**
 * Make a {@link Criterion} from its spec: built-in criteria are made this way, and so are a
 * host's own, which then get the same breakdown row as a built-in one. A host's `raw` is kept
 * inside [0, 1].
 * @example
 * import { z } from 'zod'
 * const sameFloor = defineCriterion({
 *   name: 'same-floor', statements: [], params: z.strictObject({}),
 *   mentorFacts: (m) => m.employee.location, menteeFacts: (t) => t.employee.location,
 *   evaluate: ({ mentor, mentee }) => ({ raw: mentor === mentee ? 1 : 0, reason: { mentor, mentee } }),
 * })
 * parseProgramme({ schemaVersion: 1, id: 'p1', name: 'Onboarding', formality: 'structured', asOf: '2026-11-01',
 *   mentees: [{ employeeId: 'e5', purpose: 'onboarding' }],
 *   criteria: [{ criterion: 'same-floor', mode: 'prefer', weight: 3 }] }, org, { criteria: { 'same-floor': sameFloor } })
 * // Right({ ..., criteria: [{ criterion: 'same-floor', mode: 'prefer', weight: 3, params: {} }] })
 * @since 0.1.0
 */
export const defineCriterion = <P, MF, TF, R extends Readonly<Record<string, unknown>>>(
  spec: CriterionSpec<P, MF, TF, R>,
): Criterion => ({
  name: spec.name,
  statements: spec.statements,
  paramKeys: spec.params instanceof z.ZodObject ? Object.keys(spec.params.shape) : [],
  bind: (input) => {
    const parsed = spec.params.safeParse(input ?? {})
    return parsed.success
      ? E.right({ params: parsed.data, prepare: prepareWith(spec, parsed.data) })
      : E.left(parsed.error.issues)
  },
})
