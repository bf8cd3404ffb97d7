/**
 * The queries hosts need about an organisation (S1): team, manager, direct and indirect reports,
 * reporting lines, tenure. They take the plain id strings of the JSON; an id that is not in the
 * organisation gives `Left(unknown-employee)`.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { render } from '../i18n/messages.js'
import { parseIsoDate, wholeYears, type IsoDate } from './date.js'
import type { EmployeeId } from './ids.js'
import { lookupEmployee, type UnknownEmployee } from './lookup.js'
import type { Employee, Level, Organisation, Team } from './organisation.js'

/**
 * A reference date that is not a real calendar date.
 * @example
 * const err: InvalidDate = { code: 'invalid-date', value: '2021-02-30', message: '...' }
 * @since 0.1.0
 */
export interface InvalidDate {
  readonly code: 'invalid-date'
  readonly value: string
  readonly message: string
}

const parseAsOf = (asOf: string): E.Either<InvalidDate, IsoDate> => {
  const date = parseIsoDate(asOf)
  return date === undefined
    ? E.left({ code: 'invalid-date', value: asOf, message: render('en', 'invalid-date', { value: asOf }) })
    : E.right(date)
}

const employees = (org: Organisation, ids: readonly EmployeeId[]): readonly Employee[] =>
  ids.flatMap((id) => {
    const e = org.index.employeeById.get(id)
    return e === undefined ? [] : [e]
  })

/**
 * The team of employee `id`.
 * @example
 * teamOf(org, 'e1') // Right({ id: 'payments', name: 'Payments', managerId: 'e0' })
 * @since 0.1.0
 */
export const teamOf = (org: Organisation, id: string): E.Either<UnknownEmployee, Team> =>
  pipe(
    lookupEmployee(org, id),
    // Every teamId resolves in a parsed organisation (the parser checks it).
    E.map((e) => org.index.teamById.get(e.teamId) as Team),
  )

/**
 * The manager of employee `id`, or `null` at the top of the organisation.
 * @example
 * managerOf(org, 'e1') // Right(employee e0)
 * managerOf(org, 'e0') // Right(null)
 * @since 0.1.0
 */
export const managerOf = (org: Organisation, id: string): E.Either<UnknownEmployee, Employee | null> =>
  pipe(
    lookupEmployee(org, id),
    E.map((e) => (e.managerId === null ? null : (org.index.employeeById.get(e.managerId) ?? null))),
  )

/**
 * The employees `id` manages directly, in input order.
 * @example
 * directReportsOf(org, 'e0') // Right([employee e1, employee e2, employee e5])
 * @since 0.1.0
 */
export const directReportsOf = (org: Organisation, id: string): E.Either<UnknownEmployee, readonly Employee[]> =>
  pipe(
    lookupEmployee(org, id),
    E.map((e) => employees(org, org.index.directReports.get(e.id) ?? [])),
  )

/**
 * Everyone `id` manages at any level, depth-first (a direct report, then that person's reports,
 * and so on). Iterative: chains of any depth are fine.
 * @example
 * allReportsOf(org, 'e0') // Right([e1, e3 (reports to e1), e2, e5])
 * @since 0.1.0
 */
export const allReportsOf = (org: Organisation, id: string): E.Either<UnknownEmployee, readonly Employee[]> =>
  pipe(
    lookupEmployee(org, id),
    E.map((e) => {
      const found: EmployeeId[] = []
      const stack = [...(org.index.directReports.get(e.id) ?? [])].reverse()
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        found.push(next)
        const below = org.index.directReports.get(next) ?? []
        for (let i = below.length - 1; i >= 0; i--) stack.push(below[i] as EmployeeId)
      }
      return employees(org, found)
    }),
  )

/** Whether `a` manages `b` at any level, by the depth-first numbering of the index. */
const manages = (org: Organisation, a: EmployeeId, b: EmployeeId): boolean => {
  const { pre, post } = org.index
  return (pre.get(a) ?? 0) < (pre.get(b) ?? 0) && (post.get(b) ?? 0) < (post.get(a) ?? 0)
}

/**
 * Whether `a` and `b` are in one reporting line: one of them manages the other, directly or at
 * any level above. Nobody is in a reporting line with themselves (`a === b` gives `false`).
 * Constant time, from the index.
 * @example
 * isInReportingLine(org, 'e0', 'e3') // Right(true): e0 manages e1, who manages e3
 * isInReportingLine(org, 'e1', 'e2') // Right(false): colleagues under the same manager
 * @since 0.1.0
 */
export const isInReportingLine = (org: Organisation, a: string, b: string): E.Either<UnknownEmployee, boolean> =>
  pipe(
    E.Do,
    E.apS('x', lookupEmployee(org, a)),
    E.apS('y', lookupEmployee(org, b)),
    E.map(({ x, y }) => manages(org, x.id, y.id) || manages(org, y.id, x.id)),
  )

const yearsSince = (
  org: Organisation,
  id: string,
  asOf: string,
  from: (e: Employee) => IsoDate,
): E.Either<UnknownEmployee | InvalidDate, number> =>
  pipe(
    E.Do,
    E.apS('e', lookupEmployee(org, id)),
    E.apSW('date', parseAsOf(asOf)),
    E.map(({ e, date }) => wholeYears(from(e), date)),
  )

/**
 * Whole years employee `id` has been in the organisation on `asOf` (from `startDate`; a year is
 * reached on the anniversary, 29 February on 1 March in other years). Zero before the start.
 * @example
 * tenureYears(org, 'e1', '2026-11-01') // Right(7) for a start on 2019-03-01
 * @since 0.1.0
 */
export const tenureYears = (org: Organisation, id: string, asOf: string): E.Either<UnknownEmployee | InvalidDate, number> =>
  yearsSince(org, id, asOf, (e) => e.startDate)

/**
 * Whole years employee `id` has been in their current team on `asOf` (from `teamSince`, S11).
 * @example
 * teamTenureYears(org, 'e1', '2026-11-01') // Right(6) for teamSince 2020-01-01
 * @since 0.1.0
 */
export const teamTenureYears = (
  org: Organisation,
  id: string,
  asOf: string,
): E.Either<UnknownEmployee | InvalidDate, number> =>
  yearsSince(org, id, asOf, (e) => e.teamSince)

/**
 * The level of `employee` in expertise `area`: 0 when the area is not given. Safe for any area
 * name (`constructor`, `__proto__`): only the employee's own areas count.
 * @example
 * const anouk = org.index.employeeById.get(e1)
 * if (anouk !== undefined) {
 *   expertiseLevel(anouk, 'typescript') // 4
 *   expertiseLevel(anouk, 'cobol') // 0
 * }
 * @since 0.1.0
 */
export const expertiseLevel = (employee: Employee, area: string): Level =>
  Object.hasOwn(employee.expertise, area) ? (employee.expertise[area] ?? 0) : 0
