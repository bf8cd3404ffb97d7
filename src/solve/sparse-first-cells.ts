/**
 * The cells that sparse-first (`sparse-first.ts`) picks from and checks: a dense matrix (every
 * cell, `+Infinity` forbidden) or a graph with many edges a row. Each question is answered in one
 * pass over a row; extra cells travel as flat `[row, column, cost]` triples sorted by row.
 * @module
 */
import type { Csr } from './sparse-engine.js'

/**
 * @internal The costs: a dense `nL * nR` matrix whose cell `k` costs `sign * cost[k]`, or a
 * graph whose edges are the only allowed cells.
 */
export type Cells =
  | { readonly kind: 'dense'; readonly cost: Float64Array; readonly sign: number; readonly nR: number }
  | { readonly kind: 'graph'; readonly g: Csr }

/** The cells kept for the current row: `size` of at most `k`, from `base`, the largest `worst`. */
interface Keep {
  readonly adj: Int32Array
  readonly val: Float64Array
  base: number
  size: number
  readonly k: number
  worst: number
}

/** Offer column `j` at cost `c` to `keep`. */
const offer = (keep: Keep, j: number, c: number): void => {
  if (c >= keep.worst) return
  const { adj, val, base, k } = keep
  if (keep.size < k) {
    adj[base + keep.size] = j
    val[base + keep.size++] = c
    if (keep.size === k) keep.worst = maxOf(val, base, k)
    return
  }
  const w = argMax(val, base, k)
  adj[base + w] = j
  val[base + w] = c
  keep.worst = maxOf(val, base, k)
}

const maxOf = (a: Float64Array, from: number, n: number): number => {
  let m = -Infinity
  for (let t = from; t < from + n; t++) if ((a[t] as number) > m) m = a[t] as number
  return m
}

const argMax = (a: Float64Array, from: number, n: number): number => {
  let m = -Infinity
  let w = 0
  for (let t = 0; t < n; t++) {
    if ((a[from + t] as number) > m) {
      m = a[from + t] as number
      w = t
    }
  }
  return w
}

/** The `k`-th smallest (from 0) of `a[0 .. n)`, which it reorders (Hoare's selection). */
const kthSmallest = (a: Float64Array, n: number, k: number): number => {
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] as number
    let i = lo
    let j = hi
    while (i <= j) {
      while ((a[i] as number) < pivot) i++
      while ((a[j] as number) > pivot) j--
      if (i <= j) {
        const t = a[i] as number
        a[i++] = a[j] as number
        a[j--] = t
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return a[k] as number
  }
  return a[k] as number
}

/**
 * Keep the `k` cheapest edges of row `i` of `g` (the first ones among equal costs): every edge
 * below the `k`-th least cost, then edges at that cost until `k` are kept. Returns that cost,
 * a lower bound on the edges left out (Infinity when the row has no more than `k`).
 */
const keepCheapestEdges = (g: Csr, i: number, keep: Keep, scratch: Float64Array): number => {
  const from = g.start[i] as number
  const deg = (g.start[i + 1] as number) - from
  const { adj, val, base, k } = keep
  if (deg <= k) {
    for (let e = 0; e < deg; e++) {
      adj[base + e] = g.adj[from + e] as number
      val[base + e] = g.cost[from + e] as number
    }
    keep.size = deg
    return Infinity
  }
  scratch.set(g.cost.subarray(from, from + deg))
  const t = kthSmallest(scratch, deg, k - 1)
  let size = 0
  for (let e = from; e < from + deg; e++) if ((g.cost[e] as number) < t) take(keep, size++, g, e)
  for (let e = from; e < from + deg && size < k; e++) if (g.cost[e] === t) take(keep, size++, g, e)
  keep.size = size
  return t
}

const take = (keep: Keep, at: number, g: Csr, e: number): void => {
  keep.adj[keep.base + at] = g.adj[e] as number
  keep.val[keep.base + at] = g.cost[e] as number
}

/** Offer the cells of dense row `i` to `keep` from a rotated start, so that ties spread. */
const offerRow = (cells: Cells & { readonly kind: 'dense' }, i: number, step: number, keep: Keep): void => {
  const { cost, sign, nR } = cells
  const off = i * nR
  const at = (i * step) % nR
  for (let j = at; j < nR; j++) offer(keep, j, sign * (cost[off + j] as number))
  for (let j = 0; j < at; j++) offer(keep, j, sign * (cost[off + j] as number))
}

const maxDegree = (g: Csr): number => {
  let m = 0
  for (let i = 0; i < g.nL; i++) m = Math.max(m, (g.start[i + 1] as number) - (g.start[i] as number))
  return m
}

/**
 * @internal Keep the `k` cheapest finite cells of each row as a graph. `bound[i]` is a lower
 * bound on the cells row `i` did not keep (Infinity when it kept all it has).
 */
export const cheapest = (cells: Cells, nL: number, nR: number, k: number, bound: Float64Array): Csr => {
  const start = new Int32Array(nL + 1)
  const keep: Keep = { adj: new Int32Array(nL * k), val: new Float64Array(nL * k), base: 0, size: 0, k, worst: Infinity }
  const step = Math.max(1, Math.floor(nR * 0.6180339887))
  const scratch = new Float64Array(cells.kind === 'graph' ? maxDegree(cells.g) : 0)
  for (let i = 0; i < nL; i++) {
    keep.size = 0
    keep.worst = Infinity
    if (cells.kind === 'graph') bound[i] = keepCheapestEdges(cells.g, i, keep, scratch)
    else {
      offerRow(cells, i, step, keep)
      bound[i] = keep.size < k ? Infinity : keep.worst
    }
    keep.base += keep.size
    start[i + 1] = keep.base
  }
  const e = keep.base
  return { nL, nR, start, adj: keep.adj.subarray(0, e), cost: keep.val.subarray(0, e) }
}

/** Relative rounding allowed in a reduced cost, against the magnitudes that made it. */
const ROUNDING = 1e-12

/** Whether `c - u - v` is negative beyond rounding. */
const negative = (c: number, u: number, v: number): boolean =>
  c - v - u < -ROUNDING * (Math.abs(c) + Math.abs(u) + Math.abs(v))

/** Append the cells of row `i` (price `t`) with a negative reduced cost to `out`, up to `limit` triples. */
const negativeIn = (cells: Cells, i: number, t: number, v: Float64Array, out: number[], limit: number): void => {
  if (cells.kind === 'graph') {
    const { g } = cells
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number) && out.length < 3 * limit; e++) {
      const j = g.adj[e] as number
      const c = g.cost[e] as number
      if (c - (v[j] as number) < t && negative(c, t, v[j] as number)) out.push(i, j, c)
    }
    return
  }
  const { cost, sign, nR } = cells
  const off = i * nR
  for (let j = 0; j < nR && out.length < 3 * limit; j++) {
    const c = sign * (cost[off + j] as number)
    if (c - (v[j] as number) < t && negative(c, t, v[j] as number)) out.push(i, j, c)
  }
}

/**
 * @internal Cells of the rows `rows` with a negative reduced cost `c - u[i] - v[j]` (beyond
 * rounding), as `[row, column, cost]` triples sorted by row (at most `limit` triples). A row whose
 * bound on its unkept cells minus the largest column price is not below its price is skipped.
 */
export const violations = (
  cells: Cells,
  u: Float64Array,
  v: Float64Array,
  rows: Int32Array,
  bound: Float64Array,
  limit: number,
): number[] => {
  const out: number[] = []
  let vmax = -Infinity
  for (let j = 0; j < v.length; j++) if ((v[j] as number) > vmax) vmax = v[j] as number
  for (let a = 0; a < rows.length && out.length < 3 * limit; a++) {
    const i = rows[a] as number
    const t = u[i] as number
    if ((bound[i] as number) - vmax >= t) continue
    negativeIn(cells, i, t, v, out, limit)
  }
  return out
}

/** @internal Every finite cell of the rows `rows` (ascending), as `[row, column, cost]` triples. */
export const wholeRows = (cells: Cells, rows: readonly number[]): number[] => {
  const out: number[] = []
  for (const i of rows) {
    if (cells.kind === 'graph') {
      const { g } = cells
      for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) out.push(i, g.adj[e] as number, g.cost[e] as number)
      continue
    }
    const { cost, sign, nR } = cells
    for (let j = 0; j < nR; j++) {
      const c = sign * (cost[i * nR + j] as number)
      if (c !== Infinity) out.push(i, j, c)
    }
  }
  return out
}

/** @internal `g` with the extra cells `triples` (`[row, column, cost]`, sorted by row) merged in. */
export const merge = (g: Csr, triples: readonly number[]): Csr => {
  const extra = triples.length / 3
  const start = new Int32Array(g.nL + 1)
  const adj = new Int32Array(g.adj.length + extra)
  const val = new Float64Array(g.adj.length + extra)
  let e = 0
  let p = 0
  for (let i = 0; i < g.nL; i++) {
    for (let x = g.start[i] as number; x < (g.start[i + 1] as number); x++) {
      adj[e] = g.adj[x] as number
      val[e++] = g.cost[x] as number
    }
    while (p < triples.length && triples[p] === i) {
      adj[e] = triples[p + 1] as number
      val[e++] = triples[p + 2] as number
      p += 3
    }
    start[i + 1] = e
  }
  return { nL: g.nL, nR: g.nR, start, adj, cost: val }
}
