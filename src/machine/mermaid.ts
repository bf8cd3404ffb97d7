/**
 * A transition table as a Mermaid `stateDiagram-v2`, for the docs.
 * @module
 */
import type { Edge, MachineTypes, Status, Table } from './machine.js'

/**
 * The Mermaid id of a status: kebab-case is not an id there, so `not-asked` becomes `not_asked`.
 * @example
 * mermaidId('not-asked') // 'not_asked'
 * @since 0.1.0
 */
export const mermaidId = (status: string): string => status.replace(/[^A-Za-z0-9]/g, '_')

/**
 * The label of an edge: the event type, the roles that may do it, and `guarded` when it has a guard.
 * @example
 * edgeLabel('approve', { roles: ['manager'], to: ['ready'], guard: g, next: n }) // 'approve (manager) guarded'
 * @since 0.1.0
 */
export const edgeLabel = <M extends MachineTypes>(type: string, edge: Edge<M>): string =>
  `${type} (${edge.roles.join(', ')})${edge.guard === undefined ? '' : ' guarded'}`

/**
 * The diagram of `table`: one `state "name" as id` line per status, `[*] -->` each initial status,
 * one arrow per (status, event, target) of the table, and `--> [*]` from each status without edges.
 * @example
 * toMermaid(table, ['shut']).split('\n')[0] // 'stateDiagram-v2'
 * @since 0.1.0
 */
export const toMermaid = <M extends MachineTypes>(table: Table<M>, initialStatuses: readonly Status<M>[]): string => {
  const rows = Object.entries(table as unknown as Readonly<Record<string, Readonly<Record<string, Edge<M>>>>>)
  const lines = ['stateDiagram-v2']
  for (const [status] of rows) lines.push(`  state "${status}" as ${mermaidId(status)}`)
  for (const status of initialStatuses) lines.push(`  [*] --> ${mermaidId(status)}`)
  for (const [status, events] of rows) {
    const edges = Object.entries(events)
    for (const [type, edge] of edges) {
      for (const to of edge.to) lines.push(`  ${mermaidId(status)} --> ${mermaidId(to)} : ${edgeLabel(type, edge)}`)
    }
    if (edges.length === 0) lines.push(`  ${mermaidId(status)} --> [*]`)
  }
  return lines.join('\n')
}
