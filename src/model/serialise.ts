/**
 * From the model back to the interchange format, version 1.
 * @module
 */
import type { Employee, Organisation, Team } from './organisation.js'
import type { OrganisationInput } from './schema.js'

type TeamJson = OrganisationInput['teams'][number]
type EmployeeJson = OrganisationInput['employees'][number]

const teamJson = (t: Team): TeamJson => (t.managerId === null ? { id: t.id, name: t.name } : { id: t.id, name: t.name, managerId: t.managerId })

const employeeJson = (e: Employee): EmployeeJson => ({
  id: e.id,
  name: e.name,
  teamId: e.teamId,
  ...(e.managerId === null ? {} : { managerId: e.managerId }),
  startDate: e.startDate,
  teamSince: e.teamSince,
  expertise: Object.fromEntries(Object.entries(e.expertise)),
  strategyInsight: e.strategyInsight,
  competencies: { ...e.competencies },
  trainings: e.trainings.map((t) => ({ kind: t.kind, completedOn: t.completedOn })),
  ...(e.mentorInterest === null
    ? {}
    : {
        mentorInterest: {
          interested: e.mentorInterest.interested,
          source: e.mentorInterest.source,
          recordedOn: e.mentorInterest.recordedOn,
        },
      }),
  mentorCapacity: e.mentorCapacity,
  languages: [...e.languages],
  ...(e.location === null ? {} : { location: e.location }),
})

/**
 * The organisation in the interchange format, version 1, normalised: every default written out
 * (`teamSince`, `strategyInsight`, all competencies, `mentorCapacity`, empty lists), absent values
 * (`managerId` at the top, `mentorInterest`, `location`) left out. Plain data, ready for
 * `JSON.stringify`; `parseOrganisation(serialiseOrganisation(org))` gives `org` back.
 * @example
 * JSON.stringify(serialiseOrganisation(org), null, 2)
 * @since 0.1.0
 */
export const serialiseOrganisation = (org: Organisation): OrganisationInput => ({
  schemaVersion: 1,
  teams: org.teams.map(teamJson),
  employees: org.employees.map(employeeJson),
})
