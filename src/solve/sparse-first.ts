/**
 * Dense problems, and graphs with many edges a row, solved sparse first: every row keeps only its
 * cheapest cells, the sparse engine solves that graph, and then every cell (every edge) is checked
 * against the dual prices. A cell with a negative reduced cost `c - u - v` is added to the graph
 * and its row solved again; when no cell is negative (and columns with room keep price 0) the
 * prices prove the assignment optimal for all cells (linear programming duality). Anything
 * unexpected (a row that the sparse graph cannot place, too many rounds) gives up, and the caller
 * solves the whole problem instead, so this is a shortcut that never changes the answer's
 * optimality.
 * @module
 */
import { emptyFlow, removeRecord, type Flow } from './flow.js'
import { jvInit } from './jv-init.js'
import { csrRows } from './rows.js'
import { sparseAugment, sparseWork, type Csr, type SparseWork } from './sparse-engine.js'
import { cheapest, merge, violations, wholeRows, type Cells } from './sparse-first-cells.js'

/** Cells kept per row at first. */
const KEEP = 12
/** Rounds of checking and repairing before giving up. */
const ROUNDS = 6
/** Rows that may need all their cells before giving up. */
const MAX_WHOLE_ROWS = 32

/** The record of each left node (demand 1 each), or -1. */
const recordOfLeft = (f: Flow): Int32Array => {
  const rec = new Int32Array(f.nL).fill(-1)
  for (let r = 0; r < f.made; r++) {
    const l = f.recLeft[r] as number
    if (l >= 0) rec[l] = r
  }
  return rec
}

/** Take the rows of `triples` off their columns and price them on `g`; returns those rows. */
const release = (f: Flow, g: Csr, w: SparseWork, triples: readonly number[]): number[] => {
  const rec = recordOfLeft(f)
  const rows: number[] = []
  for (let p = 0; p < triples.length; p += 3) {
    const i = triples[p] as number
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

/**
 * Place `rows`; a row the graph cannot place gets all its cells, which always places it (some
 * column has room while rows are unplaced). Gives the new graph, or undefined when too many rows
 * fail for the shortcut to pay.
 */
const place = (
  f: Flow,
  g: Csr,
  cells: Cells,
  bound: Float64Array,
  w: SparseWork,
  rows: Iterable<number>,
  dirty: Uint8Array,
): Csr | undefined => {
  const failed = placeAll(f, g, w, rows, dirty)
  if (failed.length === 0) return g
  if (failed.length > MAX_WHOLE_ROWS) return undefined
  for (const i of failed) bound[i] = Infinity
  const h = merge(g, wholeRows(cells, failed))
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
 * @internal Solve the rows-on-the-left part (every row assigned once, column `j` up to `cap[j]`
 * times) of a dense matrix or of a graph with many edges a row sparse first, keeping `keep` cells
 * a row at the start; undefined when the caller must solve it the ordinary way.
 */
export const sparseFirst = (cells: Cells, nL: number, nR: number, cap: Int32Array, keep = KEEP): Flow | undefined => {
  const bound = new Float64Array(nL)
  let g = cheapest(cells, nL, nR, Math.max(1, Math.min(keep, nR)), bound)
  const f = emptyFlow(nL, nR, cap, nL)
  const square = nL === nR && cap.every((c) => c === 1)
  const rows = square ? jvInit(f, csrRows(g)) : Array.from({ length: nL }, (_, i) => i)
  const w = sparseWork(f)
  const dirty = new Uint8Array(nL).fill(1)
  let h = place(f, g, cells, bound, w, rows, dirty)
  for (let round = 0; h !== undefined && round < ROUNDS; round++) {
    const bad = violations(cells, f.u, f.v, marked(dirty), bound, 4 * nL)
    if (bad.length === 0) return spareKeepPrice(f) ? f : undefined
    g = merge(h, bad)
    h = place(f, g, cells, bound, w, release(f, g, w, bad), dirty)
  }
  return undefined
}
