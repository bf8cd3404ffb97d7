/**
 * From structurally and referentially valid records to the model: defaults applied, ids branded,
 * nothing shared with the input.
 * @module
 * @internal
 */
import { buildIndexed } from './build.js'
import type { IsoDate } from './date.js'
import { employeeId, teamId } from './ids.js'
import { type Competency, type Employee, type Level, type Organisation, type Team } from './organisation.js'
import type { OrganisationInput } from './schema.js'

type EmployeeInput = OrganisationInput['employees'][number]
type TeamInput = OrganisationInput['teams'][number]

/** A level as the model holds it (`-0` becomes `0`). */
const level = (n: number | undefined): Level => ((n ?? 0) + 0) as Level

/**
 * The prototype of every expertise map: empty, frozen, itself without a prototype. A lookup by
 * any area name (`constructor`, `toString`) finds only the employee's own areas, and the maps stay
 * fast objects (a `null` prototype would make each one a slow dictionary).
 */
const NOTHING_INHERITED: object = Object.freeze(Object.create(null) as object)

const expertiseOf = (given: Readonly<Record<string, number>> | undefined): Readonly<Record<string, Level>> => {
  const out = Object.create(NOTHING_INHERITED) as Record<string, Level>
  if (given !== undefined) for (const area of Object.keys(given)) out[area] = level(given[area])
  return out
}

const competenciesOf = (c: Readonly<Partial<Record<Competency, number>>> = {}): Record<Competency, Level> => ({
  planning: level(c.planning),
  'goal-setting': level(c['goal-setting']),
  didactics: level(c.didactics),
  coaching: level(c.coaching),
  motivating: level(c.motivating),
  'setting-boundaries': level(c['setting-boundaries']),
  'giving-freedom': level(c['giving-freedom']),
})

/** One shared, frozen empty list for every absent or empty list (most employees have some). */
const NONE: readonly never[] = Object.freeze([])

const listOf = <A, B>(xs: readonly A[] | undefined, f: (x: A) => B): readonly B[] =>
  xs === undefined || xs.length === 0 ? NONE : xs.map(f)

const toTeam = (t: TeamInput): Team => ({
  id: teamId(t.id),
  name: t.name,
  managerId: t.managerId == null ? null : employeeId(t.managerId),
})

const toEmployee = (e: EmployeeInput): Employee => ({
  id: employeeId(e.id),
  name: e.name,
  teamId: teamId(e.teamId),
  managerId: e.managerId == null ? null : employeeId(e.managerId),
  startDate: e.startDate as IsoDate,
  teamSince: (e.teamSince ?? e.startDate) as IsoDate,
  expertise: expertiseOf(e.expertise),
  strategyInsight: level(e.strategyInsight),
  competencies: competenciesOf(e.competencies),
  trainings: listOf(e.trainings, (t) => ({ kind: t.kind, completedOn: t.completedOn as IsoDate })),
  mentorInterest:
    e.mentorInterest === undefined
      ? null
      : { interested: e.mentorInterest.interested, source: e.mentorInterest.source, recordedOn: e.mentorInterest.recordedOn as IsoDate },
  mentorCapacity: (e.mentorCapacity ?? 1) + 0,
  languages: listOf(e.languages, (l) => l),
  location: e.location ?? null,
})

/**
 * The organisation of valid records, with its index; `manager[i]` is the index of the manager
 * of employee `i` (-1 for none), as the referential pass found it.
 * @internal
 */
export const toOrganisation = (data: OrganisationInput, manager: Int32Array): Organisation =>
  buildIndexed(data.teams.map(toTeam), data.employees.map(toEmployee), manager)
