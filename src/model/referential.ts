/**
 * The referential pass: unique ids, references that resolve, no self-management, no management
 * cycle, dates in order. It reads the raw input defensively, so it runs (and finds everything it
 * can) even when the structural pass found problems: a field that is structurally unusable is
 * left to that pass and skipped here.
 * @module
 * @internal
 */
import { issue } from '../errors/issue.js'
import type { OrganisationIssue as Issue } from './error.js'
import { cyclesOf } from './cycles.js'
import { parseIsoDate, type IsoDate } from './date.js'
import { own, ownArray, ownString } from './raw.js'

/** What the referential rules need of one employee record. */
interface EmployeeFacts {
  readonly id: string | undefined
  readonly teamId: string | undefined
  readonly managerId: string | undefined
  readonly startDate: IsoDate | undefined
  readonly teamSince: IsoDate | undefined
}

const dateOf = (record: unknown, key: string): IsoDate | undefined => {
  const s = own(record, key)
  return typeof s === 'string' ? parseIsoDate(s) : undefined
}

const factsOf = (record: unknown): EmployeeFacts => ({
  id: ownString(record, 'id'),
  teamId: ownString(record, 'teamId'),
  managerId: ownString(record, 'managerId'),
  startDate: dateOf(record, 'startDate'),
  teamSince: dateOf(record, 'teamSince'),
})

/** The first index of every id, and an issue for every later use of the same id. */
const firstIndex = (
  ids: readonly (string | undefined)[],
  collection: 'teams' | 'employees',
  issues: Issue[],
): Map<string, number> => {
  const first = new Map<string, number>()
  const code = collection === 'teams' ? 'duplicate-team-id' : 'duplicate-employee-id'
  ids.forEach((id, i) => {
    if (id === undefined) return
    const seen = first.get(id)
    if (seen === undefined) first.set(id, i)
    else issues.push(issue(code, [collection, i, 'id'], { id, first: seen }))
  })
  return first
}

const teamManagerIssues = (teams: readonly unknown[], employees: ReadonlyMap<string, number>, issues: Issue[]): void => {
  teams.forEach((team, i) => {
    const managerId = ownString(team, 'managerId')
    if (managerId !== undefined && !employees.has(managerId)) {
      issues.push(issue('dangling-manager', ['teams', i, 'managerId'], { id: managerId }))
    }
  })
}

/** Dangling and self references of employees; returns each employee's manager index (or -1). */
const employeeReferenceIssues = (
  facts: readonly EmployeeFacts[],
  employees: ReadonlyMap<string, number>,
  teams: ReadonlyMap<string, number> | undefined,
  issues: Issue[],
): Int32Array => {
  const next = new Int32Array(facts.length).fill(-1)
  facts.forEach((f, i) => {
    if (f.teamId !== undefined && teams !== undefined && !teams.has(f.teamId)) {
      issues.push(issue('dangling-team', ['employees', i, 'teamId'], { id: f.teamId }))
    }
    if (f.managerId === undefined) return
    const manager = employees.get(f.managerId)
    if (f.managerId === f.id) issues.push(issue('self-managed', ['employees', i, 'managerId'], { id: f.managerId }))
    else if (manager === undefined) issues.push(issue('dangling-manager', ['employees', i, 'managerId'], { id: f.managerId }))
    else next[i] = manager
  })
  return next
}

const cycleIssues = (facts: readonly EmployeeFacts[], next: Int32Array, issues: Issue[]): void => {
  for (const members of cyclesOf(next)) {
    const ids = members.map((m) => facts[m]?.id ?? '')
    issues.push(issue('management-cycle', ['employees', members[0] ?? 0, 'managerId'], { ids }))
  }
}

const dateIssues = (facts: readonly EmployeeFacts[], asOf: IsoDate | undefined, issues: Issue[]): void => {
  facts.forEach((f, i) => {
    if (f.startDate === undefined) return
    if (f.teamSince !== undefined && f.teamSince < f.startDate) {
      issues.push(issue('team-since-before-start', ['employees', i, 'teamSince'], { teamSince: f.teamSince, startDate: f.startDate }))
    }
    if (asOf !== undefined && f.startDate > asOf) {
      issues.push(issue('start-after-as-of', ['employees', i, 'startDate'], { startDate: f.startDate, asOf }))
    }
  })
}

/**
 * Every referential problem of `input`, whatever its shape. References to teams are checked only
 * when `teams` is a list (otherwise there is nothing to refer to, and the structural pass says so).
 * @internal
 */
export const referentialIssues = (input: unknown, asOf: IsoDate | undefined): readonly Issue[] => {
  const issues: Issue[] = []
  const teams = ownArray(input, 'teams')
  const records = ownArray(input, 'employees') ?? []
  const facts = Array.from(records, factsOf)
  const teamIds = teams === undefined ? undefined : firstIndex(teams.map((t) => ownString(t, 'id')), 'teams', issues)
  const employeeIds = firstIndex(
    facts.map((f) => f.id),
    'employees',
    issues,
  )
  if (teams !== undefined) teamManagerIssues(teams, employeeIds, issues)
  const next = employeeReferenceIssues(facts, employeeIds, teamIds, issues)
  cycleIssues(facts, next, issues)
  dateIssues(facts, asOf, issues)
  return issues
}
