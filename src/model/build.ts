/**
 * Assemble an {@link Organisation} from records that are already valid, and build its index.
 * @module
 */
import type { EmployeeId, TeamId } from './ids.js'
import type { Employee, Organisation, Team } from './organisation.js'

const directReportsOf = (employees: readonly Employee[]): Map<EmployeeId, EmployeeId[]> => {
  const reports = new Map<EmployeeId, EmployeeId[]>()
  for (const e of employees) reports.set(e.id, [])
  for (const e of employees) if (e.managerId !== null) reports.get(e.managerId)?.push(e.id)
  return reports
}

/** Number the management forest depth-first, with an explicit stack (chains may be deep). */
const number = (
  employees: readonly Employee[],
  reports: ReadonlyMap<EmployeeId, readonly EmployeeId[]>,
): { pre: Map<EmployeeId, number>; post: Map<EmployeeId, number> } => {
  const pre = new Map<EmployeeId, number>()
  const post = new Map<EmployeeId, number>()
  let clock = 0
  for (const root of employees) {
    if (root.managerId !== null) continue
    const stack: [EmployeeId, number][] = [[root.id, 0]]
    pre.set(root.id, clock++)
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [EmployeeId, number]
      const children = reports.get(top[0]) ?? []
      const child = children[top[1]]
      if (child === undefined) {
        post.set(top[0], clock++)
        stack.pop()
      } else {
        top[1] += 1
        pre.set(child, clock++)
        stack.push([child, 0])
      }
    }
  }
  return { pre, post }
}

/**
 * Assemble an organisation from valid teams and employees (ids unique, references resolved, no
 * management cycle) and build its index. The parser calls this after every check has passed.
 * @example
 * const org = buildOrganisation(teams, employees)
 * org.index.employeeById.size === employees.length // true
 * @since 0.1.0
 */
export const buildOrganisation = (teams: readonly Team[], employees: readonly Employee[]): Organisation => {
  const directReports = directReportsOf(employees)
  const { pre, post } = number(employees, directReports)
  return {
    teams,
    employees,
    index: {
      employeeById: new Map(employees.map((e) => [e.id, e] as const)),
      teamById: new Map<TeamId, Team>(teams.map((t) => [t.id, t] as const)),
      directReports,
      pre,
      post,
    },
  }
}
