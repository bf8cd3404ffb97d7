/**
 * A per-team overview of an organisation: who manages whom, tenure, and who has said they would
 * like to mentor and where that was heard (S1, S12). Data only; the CLI and the demo render it.
 * @module
 */
import type { IsoDate } from './date.js'
import { wholeYears } from './date.js'
import type { EmployeeId, TeamId } from './ids.js'
import type { Employee, MentorInterest, Organisation } from './organisation.js'

/**
 * One member of a team in a {@link TeamSummary}.
 * @example
 * summariseOrganisation(org, asOf)[0]?.members[0]?.tenureYears
 * @since 0.1.0
 */
export interface MemberSummary {
  readonly id: EmployeeId
  readonly name: string
  readonly managerName: string | null
  readonly tenureYears: number
  readonly teamYears: number
  readonly interest: MentorInterest | null
}

/**
 * A team with its manager and members, in the organisation's order.
 * @example
 * summariseOrganisation(org, asOf).map((t) => `${t.name}: ${t.members.length}`)
 * @since 0.1.0
 */
export interface TeamSummary {
  readonly id: TeamId
  readonly name: string
  readonly managerName: string | null
  readonly members: readonly MemberSummary[]
  readonly interested: number
}

/**
 * Summarise `org` per team as of `asOf`.
 * @example
 * summariseOrganisation(org, parseIsoDate('2026-11-01')!)
 * @since 0.1.0
 */
export const summariseOrganisation = (org: Organisation, asOf: IsoDate): readonly TeamSummary[] => {
  const nameOf = (id: EmployeeId | null): string | null =>
    id === null ? null : (org.index.employeeById.get(id)?.name ?? null)
  const byTeam = new Map<TeamId, Employee[]>(org.teams.map((t) => [t.id, []]))
  for (const e of org.employees) byTeam.get(e.teamId)?.push(e)
  return org.teams.map((team) => {
    const members = (byTeam.get(team.id) ?? []).map((e) => ({
        id: e.id,
        name: e.name,
        managerName: nameOf(e.managerId),
        tenureYears: wholeYears(e.startDate, asOf),
        teamYears: wholeYears(e.teamSince, asOf),
        interest: e.mentorInterest,
      }))
    return {
      id: team.id,
      name: team.name,
      managerName: nameOf(team.managerId),
      members,
      interested: members.filter((m) => m.interest?.interested === true).length,
    }
  })
}
