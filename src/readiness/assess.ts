/**
 * `assessReadiness`: whether someone may take a mentor role under a policy, and what is missing
 * (S11, S12, S15, S17; CONTRACT §3).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { match } from 'ts-pattern'
import { issue, type Issue } from '../errors/issue.js'
import { parseIsoDate, type IsoDate } from '../model/date.js'
import { lookupEmployee } from '../model/lookup.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { MENTOR_RULES, type Gap } from './gap.js'
import { preview } from '../programme/preview.js'
import type { Readiness, ReadinessError } from './readiness.js'
import { RULE_CHECKS } from './rules.js'

/**
 * The readiness of an employee already looked up, at a valid date and load: the core that
 * {@link assessReadiness} and the inventory share. Rules with requirement `none` are not checked.
 * @internal
 */
export const readinessOf = (
  employee: Employee,
  policy: ProgrammePolicy,
  asOf: IsoDate,
  currentLoad: number,
): Readiness => {
  const gaps: Gap[] = []
  const advice: Gap[] = []
  for (const rule of MENTOR_RULES) {
    const check = (): readonly Gap[] => RULE_CHECKS[rule](employee, policy.mentor, { asOf, currentLoad })
    match(policy.mentor[rule].requirement)
      .with('none', () => undefined)
      .with('advised', () => advice.push(...check()))
      .with('required', () => gaps.push(...check()))
      .exhaustive()
  }
  return { employeeId: employee.id, status: gaps.length === 0 ? 'ready' : 'not-ready', gaps, advice }
}

/**
 * Check the assessment date, every problem at once.
 * @internal
 */
export const checkAsOf = (asOf: unknown): E.Either<readonly Issue[], IsoDate> => {
  const date = typeof asOf === 'string' ? parseIsoDate(asOf) : undefined
  return date === undefined ? E.left([issue('invalid-as-of', ['asOf'], { value: typeof asOf === 'string' ? asOf.slice(0, 40) : preview(asOf) })]) : E.right(date)
}

const checkLoad = (load: unknown): readonly Issue[] =>
  typeof load === 'number' && Number.isSafeInteger(load) && load >= 0
    ? []
    : [issue('invalid-current-load', ['options', 'currentLoad'], { value: preview(load) })]

/**
 * Whether `employeeId` may take a mentor role in a programme with `policy` on `asOf`, and what is
 * missing if not. `required` rules give `gaps` (they block), `advised` rules give `advice` (never
 * blocking), `none` rules are not checked. Tenure counts whole calendar years from `teamSince`;
 * interest and trainings count when dated on or before `asOf`. `currentLoad` is the number of
 * mentees the person already has (default 0). An unknown id gives `unknown-employee`; an invalid
 * date or load gives `invalid-readiness-input` with every issue.
 * @example
 * assessReadiness(org, 'e1', defaultPolicy('formal'), '2026-11-01')
 * // Right({ employeeId: 'e1', status: 'not-ready', advice: [], gaps: [
 * //   { code: 'competency-below-minimum', competency: 'goal-setting', required: 3, actual: 2 },
 * //   { code: 'training-missing', required: 'coaching-techniques' }] })
 * @since 0.1.0
 */
export const assessReadiness = (
  org: Organisation,
  employeeId: string,
  policy: ProgrammePolicy,
  asOf: string,
  options?: { readonly currentLoad?: number },
): E.Either<ReadinessError, Readiness> => {
  const load = options?.currentLoad ?? 0
  const date = checkAsOf(asOf)
  const issues = [...(E.isLeft(date) ? date.left : []), ...checkLoad(load)]
  if (E.isLeft(date) || issues.length > 0) return E.left({ code: 'invalid-readiness-input', issues })
  return pipe(
    lookupEmployee(org, employeeId),
    E.map((employee) => readinessOf(employee, policy, date.right, load)),
  )
}
