/**
 * Assemble an {@link Organisation} from records that are already valid, and build its index.
 * @module
 */
import type { EmployeeId, TeamId } from './ids.js'
import type { Employee, Organisation, Team } from './organisation.js'

/** The direct reports of someone who manages nobody: one shared, frozen empty list. */
const NO_REPORTS: readonly EmployeeId[] = Object.freeze([])

const directReportsOf = (employees: readonly Employee[]): Map<EmployeeId, readonly EmployeeId[]> => {
  const reports = new Map<EmployeeId, readonly EmployeeId[]>()
  for (const e of employees) reports.set(e.id, NO_REPORTS)
  for (const e of employees) {
    if (e.managerId === null) continue
    const list = reports.get(e.managerId)
    if (list === NO_REPORTS) reports.set(e.managerId, [e.id])
    else (list as EmployeeId[] | undefined)?.push(e.id)
  }
  return reports
}

/** Number the management forest depth-first, with an explicit stack (chains may be deep). */
const number = (
  employees: readonly Employee[],
  reports: ReadonlyMap<EmployeeId, readonly EmployeeId[]>,
): { pre: Map<EmployeeId, number>; post: Map<EmployeeId, number> } => {
  const pre = new Map<EmployeeId, number>()
  const post = new Map<EmployeeId, number>()
  const ids: EmployeeId[] = []
  const children: (readonly EmployeeId[])[] = []
  const next: number[] = []
  let clock = 0
  const enter = (id: EmployeeId): void => {
    pre.set(id, clock++)
    ids.push(id)
    children.push(reports.get(id) ?? NO_REPORTS)
    next.push(0)
  }
  for (const root of employees) {
    if (root.managerId !== null) continue
    enter(root.id)
    while (ids.length > 0) {
      const top = ids.length - 1
      const child = (children[top] as readonly EmployeeId[])[next[top] as number]
      if (child === undefined) {
        post.set(ids[top] as EmployeeId, clock++)
        ids.pop()
        children.pop()
        next.pop()
      } else {
        next[top] = (next[top] as number) + 1
        enter(child)
      }
    }
  }
  return { pre, post }
}

/**
 * Assemble an organisation from valid teams and employees (ids unique, references resolved, no
 * management cycle) and build its index. The parser calls this after every check has passed.
 * In `index.directReports`, everyone who manages nobody shares one frozen empty list.
 * @example
 * const org = buildOrganisation(teams, employees)
 * org.index.employeeById.size === employees.length // true
 * @since 0.1.0
 */
export const buildOrganisation = (teams: readonly Team[], employees: readonly Employee[]): Organisation => {
  const employeeById = new Map<EmployeeId, Employee>()
  for (const e of employees) employeeById.set(e.id, e)
  const teamById = new Map<TeamId, Team>()
  for (const t of teams) teamById.set(t.id, t)
  const directReports = directReportsOf(employees)
  const { pre, post } = number(employees, directReports)
  return { teams, employees, index: { employeeById, teamById, directReports, pre, post } }
}
