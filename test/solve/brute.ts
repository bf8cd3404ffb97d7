/**
 * Exhaustive reference solvers for small instances, written independently of the solvers.
 */

/** The best (cardinality first, then total) over every assignment respecting capacities. */
export const bruteAssignment = (
  costs: readonly (readonly number[])[],
  capacities: readonly number[],
  maximize: boolean,
): { readonly cardinality: number; readonly total: number } => {
  const rows = costs.length
  const cols = capacities.length
  const forbidden = maximize ? -Infinity : Infinity
  const better = (a: number, b: number): boolean => (maximize ? a > b : a < b)
  const memo = new Map<string, { cardinality: number; total: number }>()
  const left = [...capacities]
  const go = (i: number): { cardinality: number; total: number } => {
    if (i === rows) return { cardinality: 0, total: 0 }
    const key = `${i}:${left.join(',')}`
    const known = memo.get(key)
    if (known !== undefined) return known
    let best = go(i + 1)
    for (let j = 0; j < cols; j++) {
      const c = costs[i]?.[j] ?? forbidden
      if (c === forbidden || (left[j] ?? 0) === 0) continue
      left[j] = (left[j] ?? 0) - 1
      const rest = go(i + 1)
      left[j] = (left[j] ?? 0) + 1
      const cand = { cardinality: rest.cardinality + 1, total: rest.total + c }
      if (cand.cardinality > best.cardinality || (cand.cardinality === best.cardinality && better(cand.total, best.total))) {
        best = cand
      }
    }
    memo.set(key, best)
    return best
  }
  return go(0)
}
