/**
 * The referential pass: unique ids, references that resolve, no self-management, no management
 * cycle, dates in order. It reads the raw input defensively, so it runs (and finds everything it
 * can) even when the structural pass found problems: a field that is structurally unusable is
 * left to that pass and skipped here.
 * @module
 * @internal
 */
import { issue } from '../errors/issue.js'
import { cyclesOf } from './cycles.js'
import { parseIsoDate, type IsoDate } from './date.js'
import type { OrganisationIssue as Issue } from './error.js'
import { own, ownArray, ownString } from './raw.js'

/** What the referential rules need of the employee records, one column per field. */
interface EmployeeColumns {
  readonly id: (string | undefined)[]
  readonly teamId: (string | undefined)[]
  readonly managerId: (string | undefined)[]
  readonly startDate: (IsoDate | undefined)[]
  readonly teamSince: (IsoDate | undefined)[]
}

const dateOf = (record: unknown, key: string): IsoDate | undefined => {
  const s = own(record, key)
  return typeof s === 'string' ? parseIsoDate(s) : undefined
}

const columnsOf = (records: readonly unknown[]): EmployeeColumns => {
  const c: EmployeeColumns = { id: [], teamId: [], managerId: [], startDate: [], teamSince: [] }
  for (let i = 0; i < records.length; i++) {
    const r = records[i]
    c.id.push(ownString(r, 'id'))
    c.teamId.push(ownString(r, 'teamId'))
    c.managerId.push(ownString(r, 'managerId'))
    c.startDate.push(dateOf(r, 'startDate'))
    c.teamSince.push(dateOf(r, 'teamSince'))
  }
  return c
}

/** The first index of every id, and an issue for every later use of the same id. */
const firstIndex = (
  ids: readonly (string | undefined)[],
  collection: 'teams' | 'employees',
  issues: Issue[],
): Map<string, number> => {
  const first = new Map<string, number>()
  const code = collection === 'teams' ? 'duplicate-team-id' : 'duplicate-employee-id'
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]
    if (id === undefined) continue
    const seen = first.get(id)
    if (seen === undefined) first.set(id, i)
    else issues.push(issue(code, [collection, i, 'id'], { id, first: seen }))
  }
  return first
}

const teamIssues = (teams: readonly unknown[], employees: ReadonlyMap<string, number>, issues: Issue[]): Map<string, number> => {
  const ids = Array.from(teams, (t) => ownString(t, 'id'))
  const first = firstIndex(ids, 'teams', issues)
  for (let i = 0; i < teams.length; i++) {
    const managerId = ownString(teams[i], 'managerId')
    if (managerId !== undefined && !employees.has(managerId)) {
      issues.push(issue('dangling-manager', ['teams', i, 'managerId'], { id: managerId }))
    }
  }
  return first
}

/** Dangling and self references of employees; returns each employee's manager index (or -1). */
const employeeReferenceIssues = (
  c: EmployeeColumns,
  employees: ReadonlyMap<string, number>,
  teams: ReadonlyMap<string, number> | undefined,
  issues: Issue[],
): Int32Array => {
  const next = new Int32Array(c.id.length).fill(-1)
  for (let i = 0; i < c.id.length; i++) {
    const teamId = c.teamId[i]
    if (teamId !== undefined && teams !== undefined && !teams.has(teamId)) {
      issues.push(issue('dangling-team', ['employees', i, 'teamId'], { id: teamId }))
    }
    const managerId = c.managerId[i]
    if (managerId === undefined) continue
    const manager = employees.get(managerId)
    if (managerId === c.id[i]) issues.push(issue('self-managed', ['employees', i, 'managerId'], { id: managerId }))
    else if (manager === undefined) issues.push(issue('dangling-manager', ['employees', i, 'managerId'], { id: managerId }))
    else next[i] = manager
  }
  return next
}

const cycleIssues = (c: EmployeeColumns, next: Int32Array, issues: Issue[]): void => {
  for (const members of cyclesOf(next)) {
    const ids = members.map((m) => c.id[m] ?? '')
    issues.push(issue('management-cycle', ['employees', members[0] ?? 0, 'managerId'], { ids }))
  }
}

const dateIssues = (c: EmployeeColumns, asOf: IsoDate | undefined, issues: Issue[]): void => {
  for (let i = 0; i < c.id.length; i++) {
    const startDate = c.startDate[i]
    const teamSince = c.teamSince[i]
    if (startDate === undefined) continue
    if (teamSince !== undefined && teamSince < startDate) {
      issues.push(issue('team-since-before-start', ['employees', i, 'teamSince'], { teamSince, startDate }))
    }
    if (asOf !== undefined && startDate > asOf) {
      issues.push(issue('start-after-as-of', ['employees', i, 'startDate'], { startDate, asOf }))
    }
  }
}

/**
 * Every referential problem of `input`, whatever its shape, and the manager of every employee as
 * an index (-1 for none; valid when there are no issues). References to teams are checked only
 * when `teams` is a list (otherwise there is nothing to refer to, and the structural pass says so).
 * @internal
 */
export const referentialPass = (
  input: unknown,
  asOf: IsoDate | undefined,
): { readonly issues: readonly Issue[]; readonly manager: Int32Array } => {
  const issues: Issue[] = []
  const teams = ownArray(input, 'teams')
  const columns = columnsOf(ownArray(input, 'employees') ?? [])
  const employeeIds = firstIndex(columns.id, 'employees', issues)
  const teamIds = teams === undefined ? undefined : teamIssues(teams, employeeIds, issues)
  const next = employeeReferenceIssues(columns, employeeIds, teamIds, issues)
  cycleIssues(columns, next, issues)
  dateIssues(columns, asOf, issues)
  return { issues, manager: next }
}
