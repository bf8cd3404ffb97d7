/**
 * Assemble an {@link Organisation} from records that are already valid, and build its index.
 * The work is done on indices and typed arrays; the maps of the index are filled once at the end
 * (map operations dominate the cost of parsing large organisations).
 * @module
 */
import type { EmployeeId, TeamId } from './ids.js'
import type { Employee, Organisation, Team } from './organisation.js'

/** The direct reports of someone who manages nobody: one shared, frozen empty list. */
const NO_REPORTS: readonly EmployeeId[] = Object.freeze([])

/** Children of every node in compressed form: those of `i` are `child[start[i] .. start[i + 1])`, in input order. */
const childrenOf = (manager: Int32Array): { readonly start: Int32Array; readonly child: Int32Array } => {
  const n = manager.length
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const m = manager[i] ?? -1
    if (m >= 0) start[m + 1] = (start[m + 1] ?? 0) + 1
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0)
  const fill = start.slice(0, n)
  const child = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const m = manager[i] ?? -1
    if (m >= 0) child[(fill[m] = (fill[m] ?? 0) + 1) - 1] = i
  }
  return { start, child }
}

/** Number the management forest depth-first with an explicit stack (chains may be deep). */
const number = (manager: Int32Array, start: Int32Array, child: Int32Array): { pre: Int32Array; post: Int32Array } => {
  const n = manager.length
  const pre = new Int32Array(n).fill(-1)
  const post = new Int32Array(n).fill(-1)
  const stack = new Int32Array(n)
  const next = start.slice(0, n) // the next child to visit, per node
  let clock = 0
  for (let root = 0; root < n; root++) {
    if ((manager[root] ?? -1) >= 0) continue
    let sp = 0
    stack[sp++] = root
    pre[root] = clock++
    while (sp > 0) {
      const top = stack[sp - 1] ?? 0
      const k = next[top] ?? 0
      if (k < (start[top + 1] ?? 0)) {
        next[top] = k + 1
        const c = child[k] ?? 0
        pre[c] = clock++
        stack[sp++] = c
      } else {
        post[top] = clock++
        sp--
      }
    }
  }
  return { pre, post }
}

/** The numbers as a map by employee id (employees on a cycle, not numbered, are left out). */
const numbered = (employees: readonly Employee[], numbers: Int32Array): Map<EmployeeId, number> => {
  const map = new Map<EmployeeId, number>()
  for (let i = 0; i < employees.length; i++) {
    const k = numbers[i] ?? -1
    if (k >= 0) map.set((employees[i] as Employee).id, k)
  }
  return map
}

/**
 * Build an organisation from valid records and each employee's manager as an index into
 * `employees` (-1 at the top). The parser calls this, having resolved the managers already.
 * @internal
 */
export const buildIndexed = (teams: readonly Team[], employees: readonly Employee[], manager: Int32Array): Organisation => {
  const { start, child } = childrenOf(manager)
  const numbers = number(manager, start, child)
  const employeeById = new Map<EmployeeId, Employee>()
  for (const e of employees) employeeById.set(e.id, e)
  const directReports = new Map<EmployeeId, readonly EmployeeId[]>()
  for (let i = 0; i < employees.length; i++) {
    const from = start[i] ?? 0
    const to = start[i + 1] ?? 0
    let ids: readonly EmployeeId[] = NO_REPORTS
    if (from < to) {
      const list: EmployeeId[] = []
      for (let k = from; k < to; k++) list.push((employees[child[k] ?? 0] as Employee).id)
      ids = list
    }
    directReports.set((employees[i] as Employee).id, ids)
  }
  const pre = numbered(employees, numbers.pre)
  const post = numbered(employees, numbers.post)
  const teamById = new Map<TeamId, Team>()
  for (const t of teams) teamById.set(t.id, t)
  return { teams, employees, index: { employeeById, teamById, directReports, pre, post } }
}

/**
 * Assemble an organisation from valid teams and employees (ids unique, references resolved, no
 * management cycle) and build its index. The parser does this after every check has passed.
 * In `index.directReports`, everyone who manages nobody shares one frozen empty list.
 * @example
 * const rebuilt = buildOrganisation(org.teams, org.employees)
 * rebuilt.index.employeeById.size === org.employees.length // true
 * @since 0.1.0
 */
export const buildOrganisation = (teams: readonly Team[], employees: readonly Employee[]): Organisation => {
  const indexOf = new Map<EmployeeId, number>()
  employees.forEach((e, i) => indexOf.set(e.id, i))
  const manager = Int32Array.from(employees, (e) => (e.managerId === null ? -1 : (indexOf.get(e.managerId) ?? -1)))
  return buildIndexed(teams, employees, manager)
}
