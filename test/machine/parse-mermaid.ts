/**
 * A small parser of the `stateDiagram-v2` subset `toMermaid` writes, to check diagrams against
 * tables: state declarations, start and end arrows, and labelled edges.
 */
export interface ParsedDiagram {
  readonly header: string
  readonly states: ReadonlySet<string>
  readonly initial: ReadonlySet<string>
  readonly final: ReadonlySet<string>
  /** `from|event|to` per edge, with roles as written: `from|event|to|roles`. */
  readonly edges: ReadonlySet<string>
  /** Lines the parser did not understand. */
  readonly unknown: readonly string[]
}

export const parseMermaid = (text: string): ParsedDiagram => {
  const [header = '', ...lines] = text.split('\n')
  const names = new Map<string, string>()
  const states = new Set<string>()
  const initial = new Set<string>()
  const final = new Set<string>()
  const edges = new Set<string>()
  const unknown: string[] = []
  const name = (id: string): string => names.get(id) ?? `?${id}`
  for (const line of lines) {
    const decl = /^ {2}state "([^"]+)" as (\w+)$/.exec(line)
    const start = /^ {2}\[\*\] --> (\w+)$/.exec(line)
    const end = /^ {2}(\w+) --> \[\*\]$/.exec(line)
    const edge = /^ {2}(\w+) --> (\w+) : ([\w-]+) \(([\w, ]+)\)( guarded)?$/.exec(line)
    if (decl !== null) {
      names.set(decl[2] ?? '', decl[1] ?? '')
      states.add(decl[1] ?? '')
    } else if (start !== null) initial.add(name(start[1] ?? ''))
    else if (end !== null) final.add(name(end[1] ?? ''))
    else if (edge !== null) edges.add([name(edge[1] ?? ''), edge[3], name(edge[2] ?? ''), edge[4]].join('|'))
    else unknown.push(line)
  }
  return { header, states, initial, final, edges, unknown }
}
