/**
 * From structurally and referentially valid records to the model: defaults applied, ids branded,
 * nothing shared with the input.
 * @module
 * @internal
 */
import { buildOrganisation } from './build.js'
import type { IsoDate } from './date.js'
import { employeeId, teamId } from './ids.js'
import { COMPETENCIES, type Competency, type Employee, type Level, type Organisation, type Team } from './organisation.js'
import type { OrganisationInput } from './schema.js'

type EmployeeInput = OrganisationInput['employees'][number]
type TeamInput = OrganisationInput['teams'][number]

/** A level as the model holds it (`-0` becomes `0`). */
const level = (n: number | undefined): Level => ((n ?? 0) + 0) as Level

/**
 * The expertise map, on a null prototype: `expertise['constructor']` is `undefined` unless
 * given, so a lookup by any area name is safe.
 */
const expertiseOf = (given: Readonly<Record<string, number>> | undefined): Readonly<Record<string, Level>> => {
  const out = Object.create(null) as Record<string, Level>
  if (given !== undefined) for (const area of Object.keys(given)) out[area] = level(given[area])
  return out
}

const competenciesOf = (given: Readonly<Partial<Record<Competency, number>>> | undefined): Record<Competency, Level> => {
  const out = {} as Record<Competency, Level>
  for (const c of COMPETENCIES) out[c] = level(given?.[c])
  return out
}

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
  trainings: (e.trainings ?? []).map((t) => ({ kind: t.kind, completedOn: t.completedOn as IsoDate })),
  mentorInterest:
    e.mentorInterest === undefined
      ? null
      : { interested: e.mentorInterest.interested, source: e.mentorInterest.source, recordedOn: e.mentorInterest.recordedOn as IsoDate },
  mentorCapacity: (e.mentorCapacity ?? 1) + 0,
  languages: [...(e.languages ?? [])],
  location: e.location ?? null,
})

/**
 * The organisation of valid records, with its index.
 * @internal
 */
export const toOrganisation = (data: OrganisationInput): Organisation =>
  buildOrganisation(data.teams.map(toTeam), data.employees.map(toEmployee))
