/**
 * Cycles in a functional graph (each node has at most one successor), as management lines are:
 * every employee has at most one manager. Linear time, loops only: safe for chains and cycles of
 * any length.
 * @module
 * @internal
 */

/**
 * Every cycle of the graph `next` (`next[i]` is the successor of node `i`, or -1), each once, as
 * its nodes in order of the edges, starting from the smallest node of the cycle.
 * @example
 * cyclesOf(Int32Array.from([1, 0, 0, -1])) // [[0, 1]]
 * @internal
 */
export const cyclesOf = (next: Int32Array): readonly (readonly number[])[] => {
  const n = next.length
  const walk = new Int32Array(n) // 0: unvisited; otherwise 1 + the node the visiting walk began at
  const cycles: number[][] = []
  for (let start = 0; start < n; start++) {
    if (walk[start] !== 0) continue
    let j = start
    while (j !== -1 && walk[j] === 0) {
      walk[j] = start + 1
      j = next[j] ?? -1
    }
    if (j !== -1 && walk[j] === start + 1) cycles.push(rotate(cycleFrom(next, j)))
  }
  return cycles
}

const cycleFrom = (next: Int32Array, entry: number): number[] => {
  const members = [entry]
  for (let k = next[entry] ?? -1; k !== entry && k !== -1; k = next[k] ?? -1) members.push(k)
  return members
}

/** The same cycle, starting from its smallest node. */
const rotate = (members: readonly number[]): number[] => {
  let at = 0
  for (let i = 1; i < members.length; i++) if ((members[i] ?? 0) < (members[at] ?? 0)) at = i
  return [...members.slice(at), ...members.slice(0, at)]
}
