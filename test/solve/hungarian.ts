/**
 * An independent reference for square assignment problems: the Hungarian method of Kuhn and
 * Munkres with potentials, O(n^3) over the dense matrix, sharing no code with the library.
 */
import type { Candidate } from '../../src/solve/index.js'

type Lists = readonly (readonly Candidate[])[]

/** Forbidden cells cost this much: more than any difference of allowed totals (small integer costs). */
const BIG = 1e6

/**
 * The Hungarian method (potentials and shortest augmenting paths over the dense matrix, 1-based
 * as in the classical formulation): the column of every row in a cheapest perfect assignment.
 */
const hungarian = (n: number, a: Float64Array): Int32Array => {
  const u = new Float64Array(n + 1)
  const v = new Float64Array(n + 1)
  const p = new Int32Array(n + 1)
  const way = new Int32Array(n + 1)
  for (let i = 1; i <= n; i++) {
    p[0] = i
    let j0 = 0
    const minv = new Float64Array(n + 1).fill(Infinity)
    const used = new Uint8Array(n + 1)
    do {
      used[j0] = 1
      const i0 = p[j0] as number
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= n; j++) {
        if (used[j] === 1) continue
        const cur = (a[(i0 - 1) * n + j - 1] as number) - (u[i0] as number) - (v[j] as number)
        if (cur < (minv[j] as number)) {
          minv[j] = cur
          way[j] = j0
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number
          j1 = j
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j] === 1) {
          const r = p[j] as number
          u[r] = (u[r] as number) + delta
          v[j] = (v[j] as number) - delta
        } else minv[j] = (minv[j] as number) - delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0] as number
      p[j0] = p[j1] as number
      j0 = j1
    } while (j0 !== 0)
  }
  const rowCol = new Int32Array(n)
  for (let j = 1; j <= n; j++) rowCol[(p[j] as number) - 1] = j - 1
  return rowCol
}

/**
 * The reference optimum: the largest number of rows placed, then the least total. Rows outside
 * `only` (when given) cost 0 everywhere: then it is the cheapest assignment that places exactly
 * the rows of `only` (which must be placeable together).
 */
export const reference = (lists: Lists, only?: ReadonlySet<number>) => {
  const n = lists.length
  const a = new Float64Array(n * n)
  lists.forEach((l, i) => {
    if (only !== undefined && !only.has(i)) return
    a.fill(BIG, i * n, (i + 1) * n)
    for (const [j, c] of l) a[i * n + j] = c
  })
  const rowCol = hungarian(n, a)
  let cardinality = 0
  let total = 0
  rowCol.forEach((j, i) => {
    const c = lists[i]?.find(([k]) => k === j)?.[1]
    if (c === undefined || (only !== undefined && !only.has(i))) return
    cardinality++
    total += c
  })
  return { cardinality, total }
}
