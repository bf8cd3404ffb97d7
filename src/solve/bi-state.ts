/**
 * The state of the bidirectional engine (see `bidirectional.ts`) for square graphs with capacity
 * 1: who holds what (`rowCol`, `colRow`), the free columns, and the scratch space of the forward
 * search (from the free row, over columns) and the backward search (from every free column, over
 * rows, along the transposed graph).
 * @module
 */
import { addRecord, type Flow } from './flow.js'
import { transpose } from './graph.js'
import { heap, type Heap } from './heap.js'
import type { Csr } from './sparse-engine.js'

/** @internal The engine's state; `u`, `v` are the flow's prices, shared, not copied. */
export interface BiState {
  readonly g: Csr
  /** The transposed graph: the rows with an edge into each column. */
  readonly t: Csr
  readonly u: Float64Array
  readonly v: Float64Array
  readonly rowCol: Int32Array
  readonly colRow: Int32Array
  /** The free columns, `nfree` of them, and the position of each in that list (or -1). */
  readonly freeCols: Int32Array
  readonly freeAt: Int32Array
  nfree: number
  /** Forward: per column its distance, the row it was reached from and its stamp mark. */
  readonly distF: Float64Array
  readonly predF: Int32Array
  readonly markF: Int32Array
  /** Forward: per row its distance once scanned, and its stamp. */
  readonly rowDistF: Float64Array
  readonly seenF: Int32Array
  /** Backward: per row its distance, the column it leads to and its stamp mark. */
  readonly distB: Float64Array
  readonly predB: Int32Array
  readonly markB: Int32Array
  /** What each search touched, for the price update: rows scanned forward, columns settled forward, rows settled backward. */
  readonly fRows: Int32Array
  readonly fCols: Int32Array
  readonly bRows: Int32Array
  nfRows: number
  nfCols: number
  nbRows: number
  /** Columns settled forward over a tight edge, waiting to have their rows scanned. */
  readonly readyF: Int32Array
  nreadyF: number
  readonly hF: Heap
  readonly hB: Heap
  /** Free columns not yet expanded by the backward search in this round. */
  pending: number
  stamp: number
  source: number
  /** The best path found: its length and its middle edge (row `mi` forward, column `mj` backward). */
  mu: number
  mi: number
  mj: number
  /** Edges looked at by each side in this round, to keep the two sides' work balanced. */
  workF: number
  workB: number
}

/** @internal The state for flow `f` (capacity 1, records as `jvInit` left them) on graph `g`. */
export const biState = (f: Flow, g: Csr): BiState => {
  const { nL, nR } = g
  const rowCol = new Int32Array(nL).fill(-1)
  const colRow = new Int32Array(nR).fill(-1)
  for (let r = 0; r < f.made; r++) {
    const i = f.recLeft[r] as number
    if (i < 0) continue
    rowCol[i] = f.recRight[r] as number
    colRow[f.recRight[r] as number] = i
  }
  const s: BiState = {
    g,
    t: transpose(g),
    u: f.u,
    v: f.v,
    rowCol,
    colRow,
    freeCols: new Int32Array(nR),
    freeAt: new Int32Array(nR).fill(-1),
    nfree: 0,
    distF: new Float64Array(nR),
    predF: new Int32Array(nR),
    markF: new Int32Array(nR),
    rowDistF: new Float64Array(nL),
    seenF: new Int32Array(nL),
    distB: new Float64Array(nL),
    predB: new Int32Array(nL),
    markB: new Int32Array(nL),
    fRows: new Int32Array(nL),
    fCols: new Int32Array(nR),
    bRows: new Int32Array(nL),
    nfRows: 0,
    nfCols: 0,
    nbRows: 0,
    readyF: new Int32Array(nR),
    nreadyF: 0,
    hF: heap(nR),
    hB: heap(nL),
    pending: 0,
    stamp: 0,
    source: -1,
    mu: Infinity,
    mi: -1,
    mj: -1,
    workF: 0,
    workB: 0,
  }
  for (let j = 0; j < nR; j++) if ((colRow[j] as number) < 0) addFree(s, j)
  return s
}

const addFree = (s: BiState, j: number): void => {
  s.freeAt[j] = s.nfree
  s.freeCols[s.nfree++] = j
}

/** @internal Column `j` is no longer free. */
export const takeFree = (s: BiState, j: number): void => {
  const at = s.freeAt[j] as number
  const last = s.freeCols[--s.nfree] as number
  s.freeCols[at] = last
  s.freeAt[last] = at
  s.freeAt[j] = -1
}

/** @internal Write the assignment of `s` back into `f` as its records (capacity 1 everywhere). */
export const writeBack = (s: BiState, f: Flow): void => {
  f.head.fill(-1)
  f.load.fill(0)
  f.made = 0
  f.free = -1
  for (let i = 0; i < s.g.nL; i++) {
    const j = s.rowCol[i] as number
    if (j >= 0) addRecord(f, i, j)
  }
}
