/**
 * Small builders of valid organisations and programmes for the pairing tests.
 */
import { buildOrganisation } from '../../src/model/build.js'
import type { IsoDate } from '../../src/model/date.js'
import { employeeId, teamId, type EmployeeId } from '../../src/model/ids.js'
import { COMPETENCIES, type Competency, type Employee, type Level, type Organisation, type Team } from '../../src/model/organisation.js'
import type { Criterion } from '../../src/pairing/criterion.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import type { FormalityLevel } from '../../src/programme/formality.js'
import type { CriterionRule, MenteeRequest, PairRef, Programme, Topic } from '../../src/programme/programme.js'

export const d = (s: string): IsoDate => s as IsoDate
export const id = (s: string): EmployeeId => employeeId(s)

export interface PersonSpec {
  readonly id: string
  readonly team?: string
  readonly managerId?: string | null
  readonly startDate?: string
  readonly teamSince?: string
  readonly expertise?: Readonly<Record<string, Level>>
  readonly strategyInsight?: Level
  readonly competencies?: Partial<Record<Competency, Level>>
  readonly trained?: boolean
  readonly interested?: boolean | null
  readonly capacity?: number
  readonly languages?: readonly string[]
  readonly location?: string | null
}

/** A seasoned, willing, trained employee unless the spec says otherwise. */
export const person = (s: PersonSpec): Employee => ({
  id: employeeId(s.id),
  name: `Employee ${s.id}`,
  teamId: teamId(s.team ?? 't1'),
  managerId: s.managerId === undefined || s.managerId === null ? null : employeeId(s.managerId),
  startDate: d(s.startDate ?? '2015-01-01'),
  teamSince: d(s.teamSince ?? s.startDate ?? '2015-01-01'),
  expertise: s.expertise ?? {},
  strategyInsight: s.strategyInsight ?? 3,
  competencies: {
    ...(Object.fromEntries(COMPETENCIES.map((c) => [c, 3])) as Record<Competency, Level>),
    ...s.competencies,
  },
  trainings: s.trained === false ? [] : [{ kind: 'coaching-techniques', completedOn: d('2016-01-01') }],
  mentorInterest:
    s.interested === null ? null : { interested: s.interested ?? true, source: 'self', recordedOn: d('2016-01-01') },
  mentorCapacity: s.capacity ?? 2,
  languages: s.languages ?? ['nl'],
  location: s.location === undefined ? 'Utrecht' : s.location,
})

export const orgOf = (people: readonly Employee[]): Organisation => {
  const teams: Team[] = [...new Set(people.map((p) => p.teamId))].map((t) => ({ id: t, name: t, managerId: null }))
  return buildOrganisation(teams, people)
}

export const request = (employee: string, topics: readonly Topic[] = [], developmentAreas: readonly string[] = []): MenteeRequest => ({
  employeeId: employeeId(employee),
  purpose: 'development',
  developmentAreas,
  topics,
})

export const rule = (criterion: string, mode: CriterionRule['mode'], weight = 1, params: Record<string, unknown> = {}): CriterionRule => ({
  criterion,
  mode,
  weight,
  params,
})

export const pair = (mentorId: string, menteeId: string): PairRef => ({ mentorId: employeeId(mentorId), menteeId: employeeId(menteeId) })

export interface ProgrammeSpec {
  readonly formality?: FormalityLevel
  readonly asOf?: string
  readonly mentees: readonly MenteeRequest[]
  readonly mentors: readonly string[]
  readonly criteria: readonly CriterionRule[]
  readonly affinities?: Programme['affinities']
  readonly locked?: readonly PairRef[]
  readonly forbidden?: readonly PairRef[]
  readonly existing?: readonly PairRef[]
  readonly custom?: Readonly<Record<string, Criterion>>
}

export const programmeOf = (s: ProgrammeSpec): Programme => ({
  schemaVersion: 1,
  id: 'p',
  name: 'Programme',
  formality: s.formality ?? 'structured',
  asOf: d(s.asOf ?? '2026-11-01'),
  managerId: null,
  policy: defaultPolicy(s.formality ?? 'structured'),
  mentees: s.mentees,
  mentors: s.mentors.map(employeeId),
  criteria: s.criteria,
  affinities: s.affinities ?? [],
  locked: s.locked ?? [],
  forbidden: s.forbidden ?? [],
  existing: s.existing ?? [],
  customCriteria: s.custom ?? {},
})
