/**
 * Dense problems solved sparse first: every row keeps only its cheapest cells, the sparse engine
 * solves that graph, and then every cell of the matrix is checked against the dual prices. A cell
 * with a negative reduced cost `c - u - v` is added to the graph and its row solved again; when no
 * cell is negative (and columns with room keep price 0) the prices prove the assignment optimal
 * for the whole matrix (linear programming duality). Anything unexpected (a row that the sparse
 * graph cannot place, too many rounds) gives up, and the caller solves the dense matrix instead,
 * so this is a shortcut that never changes the answer's optimality.
 * @module
 */
import { emptyFlow, removeRecord, type Flow } from './flow.js'
import { jvInit } from './jv-init.js'
import { csrRows } from './rows.js'
import { sparseAugment, sparseWork, type Csr, type SparseWork } from './sparse-engine.js'

/** Cells kept per row at first. */
const KEEP = 12
/** Rounds of checking and repairing before giving up. */
const ROUNDS = 6
/** Rows that may need all their cells before giving up. */
const MAX_WHOLE_ROWS = 32

/** The dense costs: cell `k` costs `sign * cost[k]`. */
interface Dense {
  readonly cost: Float64Array
  readonly sign: number
}

/**
 * Keep the `k` cheapest finite cells of each row, scanning each row from a rotated start so ties
 * spread over the columns. `bound[i]` is a lower bound on the cells row `i` did not keep.
 */
const cheapest = ({ cost, sign }: Dense, nL: number, nR: number, k: number, bound: Float64Array): Csr => {
  const start = new Int32Array(nL + 1)
  const keep: Keep = { adj: new Int32Array(nL * k), val: new Float64Array(nL * k), base: 0, size: 0, k, worst: Infinity }
  const step = Math.max(1, Math.floor(nR * 0.6180339887))
  for (let i = 0; i < nL; i++) {
    const at = (i * step) % nR
    keep.size = 0
    keep.worst = Infinity
    scan(cost, sign, i * nR, at, nR, keep)
    scan(cost, sign, i * nR, 0, at, keep)
    keep.base += keep.size
    start[i + 1] = keep.base
    bound[i] = keep.size < k ? Infinity : keep.worst
  }
  const e = keep.base
  return { nL, nR, start, adj: keep.adj.subarray(0, e), cost: keep.val.subarray(0, e) }
}

/** The cells kept for the current row: `size` of at most `k`, from `base`, the largest `worst`. */
interface Keep {
  readonly adj: Int32Array
  readonly val: Float64Array
  base: number
  size: number
  readonly k: number
  worst: number
}

/** Offer the columns `from .. to` of the row at `off` to `keep`. */
const scan = (cost: Float64Array, sign: number, off: number, from: number, to: number, keep: Keep): void => {
  const { adj, val, base, k } = keep
  let size = keep.size
  let worst = keep.worst
  for (let j = from; j < to; j++) {
    const c = sign * (cost[off + j] as number)
    if (c >= worst) continue
    if (size < k) {
      adj[base + size] = j
      val[base + size] = c
      size++
      if (size === k) worst = maxOf(val, base, size)
      continue
    }
    const w = argMax(val, base, size)
    adj[base + w] = j
    val[base + w] = c
    worst = maxOf(val, base, size)
  }
  keep.size = size
  keep.worst = worst
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

/** Relative rounding allowed in a reduced cost, against the magnitudes that made it. */
const ROUNDING = 1e-12

/** Whether `c - u - v` is negative beyond rounding. */
const negative = (c: number, u: number, v: number): boolean =>
  c - v - u < -ROUNDING * (Math.abs(c) + Math.abs(u) + Math.abs(v))

/**
 * Cells of the rows `rows` with a negative reduced cost (beyond rounding: see {@link negative}),
 * as [row, col] pairs in a flat list
 * sorted by row (at most `limit` pairs).
 */
const violations = (
  f: Flow,
  { cost, sign }: Dense,
  rows: Int32Array,
  bound: Float64Array,
  limit: number,
): number[] => {
  const out: number[] = []
  const { nR, u, v } = f
  let vmax = -Infinity
  for (let j = 0; j < nR; j++) if ((v[j] as number) > vmax) vmax = v[j] as number
  for (let a = 0; a < rows.length; a++) {
    const i = rows[a] as number
    const t = u[i] as number
    if ((bound[i] as number) - vmax >= t) continue
    const off = i * nR
    for (let j = 0; j < nR; j++) {
      const c = sign * (cost[off + j] as number)
      if (c - (v[j] as number) < t && negative(c, t, v[j] as number)) {
        out.push(i, j)
        if (out.length >= 2 * limit) return out
      }
    }
  }
  return out
}

/** `g` with the extra cells `pairs` (sorted by row) merged in. */
const merge = (g: Csr, { cost, sign }: Dense, pairs: readonly number[]): Csr => {
  const extra = pairs.length / 2
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
    while (p < pairs.length && pairs[p] === i) {
      const j = pairs[p + 1] as number
      adj[e] = j
      val[e++] = sign * (cost[i * g.nR + j] as number)
      p += 2
    }
    start[i + 1] = e
  }
  return { nL: g.nL, nR: g.nR, start, adj, cost: val }
}

/** The record of each left node (demand 1 each), or -1. */
const recordOfLeft = (f: Flow): Int32Array => {
  const rec = new Int32Array(f.nL).fill(-1)
  for (let r = 0; r < f.made; r++) {
    const l = f.recLeft[r] as number
    if (l >= 0) rec[l] = r
  }
  return rec
}

/** Take the rows of `pairs` off their columns and price them on `g`; returns those rows. */
const release = (f: Flow, g: Csr, w: SparseWork, pairs: readonly number[]): number[] => {
  const rec = recordOfLeft(f)
  const rows: number[] = []
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p] as number
    if (rows[rows.length - 1] === i) continue
    rows.push(i)
    const r = rec[i] as number
    if (r >= 0) {
      const j = f.recRight[r] as number
      removeRecord(f, r)
      w.spare[j] = 1
    }
    let best = Infinity
    for (let x = g.start[i] as number; x < (g.start[i + 1] as number); x++) {
      best = Math.min(best, (g.cost[x] as number) - (f.v[g.adj[x] as number] as number))
    }
    f.u[i] = best
  }
  return rows
}

const spareKeepPrice = (f: Flow): boolean => {
  for (let j = 0; j < f.nR; j++) if ((f.load[j] as number) < (f.cap[j] as number) && (f.v[j] as number) < 0) return false
  return true
}

/**
 * Place each row of `rows` by a shortest path and return the rows that could not be placed. Marks
 * in `dirty` the rows whose price rose on the way (the only rows whose cells can turn negative).
 */
const placeAll = (f: Flow, g: Csr, w: SparseWork, rows: Iterable<number>, dirty: Uint8Array): number[] => {
  const failed: number[] = []
  for (const i of rows) {
    if (!sparseAugment(f, g, w, i)) {
      failed.push(i)
      continue
    }
    dirty[i] = 1
    for (let t = 0; t < w.nsr; t++) dirty[w.sr[t] as number] = 1
  }
  return failed
}

/** Every finite cell of the rows `rows` (ascending), as [row, col] pairs. */
const wholeRows = ({ cost, sign }: Dense, nR: number, rows: readonly number[]): number[] => {
  const out: number[] = []
  for (const i of rows) {
    for (let j = 0; j < nR; j++) if (sign * (cost[i * nR + j] as number) !== Infinity) out.push(i, j)
  }
  return out
}

/**
 * Place `rows`; a row the graph cannot place gets all its cells, which always places it (some
 * column has room while rows are unplaced). Gives the new graph, or undefined when too many rows
 * fail for the shortcut to pay.
 */
const place = (
  f: Flow,
  g: Csr,
  cost: Dense,
  bound: Float64Array,
  w: SparseWork,
  rows: Iterable<number>,
  dirty: Uint8Array,
): Csr | undefined => {
  const failed = placeAll(f, g, w, rows, dirty)
  if (failed.length === 0) return g
  if (failed.length > MAX_WHOLE_ROWS) return undefined
  for (const i of failed) bound[i] = Infinity
  const h = merge(g, cost, wholeRows(cost, g.nR, failed))
  return placeAll(f, h, w, failed, dirty).length === 0 ? h : undefined
}

const marked = (dirty: Uint8Array): Int32Array => {
  let n = 0
  for (let i = 0; i < dirty.length; i++) n += dirty[i] as number
  const out = new Int32Array(n)
  n = 0
  for (let i = 0; i < dirty.length; i++) {
    if (dirty[i] === 1) out[n++] = i
    dirty[i] = 0
  }
  return out
}

/**
 * @internal Solve the rows-on-the-left part with a dense `nL * nR` matrix (every row assigned
 * once, column `j` up to `cap[j]` times) sparse first; undefined when the caller must solve it
 * dense.
 */
export const sparseFirst = (cost: Dense, nL: number, nR: number, cap: Int32Array, keep = KEEP): Flow | undefined => {
  const bound = new Float64Array(nL)
  let g = cheapest(cost, nL, nR, Math.max(1, Math.min(keep, nR)), bound)
  const f = emptyFlow(nL, nR, cap, nL)
  const square = nL === nR && cap.every((c) => c === 1)
  const rows = square ? jvInit(f, csrRows(g)) : Array.from({ length: nL }, (_, i) => i)
  const w = sparseWork(f)
  const dirty = new Uint8Array(nL).fill(1)
  let h = place(f, g, cost, bound, w, rows, dirty)
  for (let round = 0; h !== undefined && round < ROUNDS; round++) {
    const bad = violations(f, cost, marked(dirty), bound, 4 * nL)
    if (bad.length === 0) return spareKeepPrice(f) ? f : undefined
    g = merge(h, cost, bad)
    h = place(f, g, cost, bound, w, release(f, g, w, bad), dirty)
  }
  return undefined
}
