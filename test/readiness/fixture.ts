/**
 * A small builder of valid employees and organisations for the readiness tests (until the
 * arbitraries of `src/testing` land, and for hand-written cases).
 */
import { buildOrganisation } from '../../src/model/build.js'
import type { IsoDate } from '../../src/model/date.js'
import { employeeId, teamId } from '../../src/model/ids.js'
import { COMPETENCIES, type Competency, type Employee, type Level, type Organisation, type Team } from '../../src/model/organisation.js'

export const d = (s: string): IsoDate => s as IsoDate

export const levels = (level: Level, over: Partial<Record<Competency, Level>> = {}): Record<Competency, Level> => ({
  ...(Object.fromEntries(COMPETENCIES.map((c) => [c, level])) as Record<Competency, Level>),
  ...over,
})

export interface EmployeeSpec {
  readonly id: string
  readonly team?: string
  readonly name?: string
  readonly managerId?: string | null
  readonly startDate?: string
  readonly teamSince?: string
  readonly competencies?: Partial<Record<Competency, Level>>
  readonly trainings?: readonly { kind: string; completedOn: string }[]
  readonly interest?: { interested: boolean; recordedOn?: string } | null
  readonly capacity?: number
}

/** A seasoned, willing, trained employee unless the spec says otherwise. */
export const employee = (s: EmployeeSpec): Employee => ({
  id: employeeId(s.id),
  name: s.name ?? `Employee ${s.id}`,
  teamId: teamId(s.team ?? 't1'),
  managerId: s.managerId === undefined || s.managerId === null ? null : employeeId(s.managerId),
  startDate: d(s.startDate ?? s.teamSince ?? '2015-01-01'),
  teamSince: d(s.teamSince ?? '2015-01-01'),
  expertise: {},
  strategyInsight: 3,
  competencies: levels(3, s.competencies),
  trainings: (s.trainings ?? [{ kind: 'coaching-techniques', completedOn: '2020-01-01' }]).map((t) => ({
    kind: t.kind,
    completedOn: d(t.completedOn),
  })),
  mentorInterest:
    s.interest === null
      ? null
      : { interested: s.interest?.interested ?? true, source: 'performance-review', recordedOn: d(s.interest?.recordedOn ?? '2020-01-01') },
  mentorCapacity: s.capacity ?? 1,
  languages: ['nl'],
  location: null,
})

export const team = (id: string, name = id, managerId: string | null = null): Team => ({
  id: teamId(id),
  name,
  managerId: managerId === null ? null : employeeId(managerId),
})

export const orgOf = (employees: readonly Employee[], teams?: readonly Team[]): Organisation =>
  buildOrganisation(teams ?? [...new Set(employees.map((e) => e.teamId))].map((t) => team(t)), employees)
