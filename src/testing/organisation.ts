/**
 * fast-check arbitraries for organisations (part of `mentorschap/testing`): valid interchange
 * inputs with tunable size and depth, and the organisations they parse to. Hosts use them to
 * property-test their own code against any organisation the format allows.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { dayNumber, fromDayNumber, parseIsoDate, type IsoDate } from '../model/date.js'
import { COMPETENCIES, INTEREST_SOURCES, type Organisation } from '../model/organisation.js'
import { parseOrganisation } from '../model/parse.js'
import type { OrganisationInput } from '../model/schema.js'

/**
 * Knobs of {@link arbOrganisation}.
 * @example
 * const o: ArbOrganisationOptions = { maxEmployees: 30, maxDepth: 6, optionalFields: false }
 * @since 0.1.0
 */
export interface ArbOrganisationOptions {
  /** Fewest employees (default 0). */
  readonly minEmployees?: number
  /** Most employees (default 12). */
  readonly maxEmployees?: number
  /** Fewest teams (default 1). */
  readonly minTeams?: number
  /** Most teams (default 4). */
  readonly maxTeams?: number
  /** Longest management chain below a top manager, in levels (default 4). */
  readonly maxDepth?: number
  /** Whether optional fields may appear (default `true`); `false` gives only required fields. */
  readonly optionalFields?: boolean
  /** Every date is on or before this date (default `2026-01-01`); parse with it as `asOf`. */
  readonly asOf?: string
}

/**
 * The reference date of {@link arbOrganisation} when none is given.
 * @example
 * import fc from 'fast-check'
 * const [input] = fc.sample(arbOrganisation(), 1)
 * if (input !== undefined) parseOrganisation(input, { asOf: ARB_AS_OF }) // Right(...)
 * @since 0.1.0
 */
export const ARB_AS_OF = '2026-01-01'

type EmployeeJson = OrganisationInput['employees'][number]
type TeamJson = OrganisationInput['teams'][number]
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Ids, names and areas that often trip up code that uses plain objects as maps. */
const TRICKY = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const

const arbId = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
)
const arbText = fc.string({ minLength: 1, maxLength: 12 })
const arbLevel = fc.integer({ min: 0, max: 5 })
const arbArea = fc.oneof(
  fc.constantFrom('typescript', 'sql', 'strategy', 'constructor', 'toString'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s !== '__proto__'),
)

/** A date between `span` days before `last` and `last`. */
const arbDate = (last: number, span: number): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: last - span, max: last }).map(fromDayNumber)

/** The optional fields of an employee other than `teamSince` and `managerId`. */
const arbExtras = (last: number): fc.Arbitrary<Partial<EmployeeJson>> =>
  fc.record(
    {
      expertise: fc.uniqueArray(fc.tuple(arbArea, arbLevel), { maxLength: 4, selector: ([a]) => a }).map(
        (entries) => Object.fromEntries(entries) as Record<string, number>,
      ),
      strategyInsight: arbLevel,
      competencies: fc.subarray([...COMPETENCIES]).chain((cs) =>
        fc.tuple(...cs.map(() => arbLevel)).map((ls) => Object.fromEntries(cs.map((c, i) => [c, ls[i]]))),
      ),
      trainings: fc.array(fc.record({ kind: fc.oneof(fc.constant('coaching-techniques'), arbText), completedOn: arbDate(last, 3000) }), {
        maxLength: 2,
      }),
      mentorInterest: fc.record({ interested: fc.boolean(), source: fc.constantFrom(...INTEREST_SOURCES), recordedOn: arbDate(last, 1000) }),
      mentorCapacity: fc.integer({ min: 0, max: 20 }),
      languages: fc.array(fc.oneof(fc.constantFrom('nl', 'en', 'de'), arbText), { maxLength: 3 }),
      location: arbText,
    },
    { requiredKeys: [] },
  )

/** The raw material of one employee; its id and manager are fixed later. */
interface Parts {
  readonly name: string
  readonly team: number
  readonly parent: number
  readonly explicitNull: boolean
  readonly startDate: IsoDate
  readonly teamSinceDays: number | undefined
  readonly extras: Partial<EmployeeJson>
  readonly order: number
}

const arbEmployeeParts = (last: number, optionalFields: boolean): fc.Arbitrary<Parts> =>
  fc.record({
    name: arbText,
    team: fc.nat(),
    parent: fc.nat(),
    explicitNull: optionalFields ? fc.boolean() : fc.constant(false),
    startDate: arbDate(last, 15_000),
    teamSinceDays: optionalFields ? fc.option(fc.nat({ max: 4000 }), { nil: undefined }) : fc.constant(undefined),
    extras: optionalFields ? arbExtras(last) : fc.constant({}),
    order: fc.integer(),
  })

/**
 * Managers for employees in creation order: employee `i` reports to an earlier one whose depth is
 * below `maxDepth`, or to nobody. No cycle is possible.
 */
const managers = (parts: readonly Parts[], maxDepth: number): readonly (number | null)[] => {
  const depth: number[] = []
  return parts.map((p, i) => {
    const choice = p.parent % (i + 1)
    const parent = choice === i || (depth[choice] ?? 0) >= maxDepth ? null : choice
    depth.push(parent === null ? 0 : (depth[parent] ?? 0) + 1)
    return parent
  })
}

const employeeJson = (p: Parts, id: string, teamId: string, managerId: string | null, last: number): EmployeeJson => {
  const e: Mutable<EmployeeJson> = { id, name: p.name, teamId, startDate: p.startDate, ...p.extras }
  if (managerId !== null) e.managerId = managerId
  else if (p.explicitNull) e.managerId = null
  if (p.teamSinceDays !== undefined) e.teamSince = fromDayNumber(Math.min(last, dayNumber(p.startDate) + p.teamSinceDays))
  return e
}

/**
 * Valid organisation inputs (interchange format, version 1): unique ids (including tricky ones
 * such as `__proto__` and `constructor`), resolving references, management forests no deeper than
 * `maxDepth`, employees in shuffled order (managers may come after their reports), every date on
 * or before `asOf`. `parseOrganisation(input, { asOf })` always gives `Right`.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbOrganisation({ maxEmployees: 20 }), (input) =>
 *   E.isRight(parseOrganisation(input, { asOf: ARB_AS_OF }))))
 * @since 0.1.0
 */
export const arbOrganisation = (options: ArbOrganisationOptions = {}): fc.Arbitrary<OrganisationInput> => {
  const last = dayNumber(parseIsoDate(options.asOf ?? ARB_AS_OF) ?? (ARB_AS_OF as IsoDate))
  const optionalFields = options.optionalFields ?? true
  const maxDepth = options.maxDepth ?? 4
  const teamIds = fc.uniqueArray(arbId, { minLength: Math.max(1, options.minTeams ?? 1), maxLength: Math.max(1, options.maxTeams ?? 4) })
  const employeeIds = fc.uniqueArray(arbId, { minLength: options.minEmployees ?? 0, maxLength: options.maxEmployees ?? 12 })
  return fc.tuple(teamIds, employeeIds).chain(([tIds, eIds]) =>
    fc
      .record({
        teams: fc.tuple(...tIds.map(() => fc.record({ name: arbText, manager: fc.option(fc.nat(), { nil: undefined }) }))),
        employees: fc.tuple(...eIds.map(() => arbEmployeeParts(last, optionalFields))),
      })
      .map(({ teams, employees }): OrganisationInput => {
        const bosses = managers(employees, maxDepth)
        const teamJsons = teams.map((t, i): TeamJson => {
          const manager = t.manager === undefined || eIds.length === 0 ? undefined : eIds[t.manager % eIds.length]
          const id = tIds[i] as string
          return manager === undefined || !optionalFields ? { id, name: t.name } : { id, name: t.name, managerId: manager }
        })
        const people = employees.map((p, i) => {
          const boss = bosses[i] ?? null
          return employeeJson(p, eIds[i] as string, tIds[p.team % tIds.length] as string, boss === null ? null : (eIds[boss] as string), last)
        })
        const order = employees.map((p, i) => [p.order, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1])
        return { schemaVersion: 1, teams: teamJsons, employees: order.map(([, i]) => people[i] as EmployeeJson) }
      }),
  )
}

/**
 * Valid organisations, parsed: {@link arbOrganisation} through `parseOrganisation` (with `asOf`).
 * @example
 * import fc from 'fast-check'
 * fc.assert(fc.property(arbParsedOrganisation(), (org) => org.employees.length <= 12))
 * @since 0.1.0
 */
export const arbParsedOrganisation = (options: ArbOrganisationOptions = {}): fc.Arbitrary<Organisation> =>
  arbOrganisation(options)
    .map((input) => parseOrganisation(input, { asOf: options.asOf ?? ARB_AS_OF }))
    .filter(E.isRight)
    .map((r) => r.right)
