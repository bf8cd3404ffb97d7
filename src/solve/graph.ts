/**
 * Building the graphs the engines run on: the allowed cells of a dense matrix as a sparse graph,
 * sub-graphs on chosen rows and columns, and their transposes.
 * @module
 */
import type { Csr } from './sparse-engine.js'

/**
 * @internal The cells of a `rows * cols` matrix with a finite cost `sign * data[k]`, as a graph
 * from rows to columns.
 */
export const denseToCsr = (rows: number, cols: number, data: Float64Array, sign: number, finite: number): Csr => {
  const start = new Int32Array(rows + 1)
  const adj = new Int32Array(finite)
  const cost = new Float64Array(finite)
  let e = 0
  for (let i = 0; i < rows; i++) {
    const off = i * cols
    for (let j = 0; j < cols; j++) {
      const c = sign * (data[off + j] as number)
      if (c === Infinity) continue
      adj[e] = j
      cost[e++] = c
    }
    start[i + 1] = e
  }
  return { nL: rows, nR: cols, start, adj, cost }
}

/** @internal The positions `k` with `pick[k] === want`, in order. */
export const positions = (pick: Uint8Array, want: number): Int32Array => {
  let n = 0
  for (let k = 0; k < pick.length; k++) if (pick[k] === want) n++
  const out = new Int32Array(n)
  n = 0
  for (let k = 0; k < pick.length; k++) if (pick[k] === want) out[n++] = k
  return out
}

/** @internal For each original index, its position in `ids`, or -1. */
export const inverse = (ids: Int32Array, size: number): Int32Array => {
  const inv = new Int32Array(size).fill(-1)
  for (let k = 0; k < ids.length; k++) inv[ids[k] as number] = k
  return inv
}

/** @internal The graph `g` restricted to left nodes `lefts` and right nodes `rights`, renumbered. */
export const subgraph = (g: Csr, lefts: Int32Array, rights: Int32Array): Csr => {
  const inv = inverse(rights, g.nR)
  const start = new Int32Array(lefts.length + 1)
  let e = 0
  for (let a = 0; a < lefts.length; a++) {
    const i = lefts[a] as number
    for (let x = g.start[i] as number; x < (g.start[i + 1] as number); x++) if ((inv[g.adj[x] as number] as number) >= 0) e++
    start[a + 1] = e
  }
  const adj = new Int32Array(e)
  const cost = new Float64Array(e)
  e = 0
  for (let a = 0; a < lefts.length; a++) {
    const i = lefts[a] as number
    for (let x = g.start[i] as number; x < (g.start[i + 1] as number); x++) {
      const b = inv[g.adj[x] as number] as number
      if (b < 0) continue
      adj[e] = b
      cost[e++] = g.cost[x] as number
    }
  }
  return { nL: lefts.length, nR: rights.length, start, adj, cost }
}

/** @internal The transpose of `g`: edges from its right nodes to its left nodes, in left order. */
export const transpose = (g: Csr): Csr => {
  const start = new Int32Array(g.nR + 1)
  const m = g.adj.length
  for (let x = 0; x < m; x++) {
    const j = (g.adj[x] as number) + 1
    start[j] = (start[j] as number) + 1
  }
  for (let j = 0; j < g.nR; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number)
  const fill = start.slice(0, g.nR)
  const adj = new Int32Array(m)
  const cost = new Float64Array(m)
  for (let i = 0; i < g.nL; i++) {
    for (let x = g.start[i] as number; x < (g.start[i + 1] as number); x++) {
      const j = g.adj[x] as number
      const at = fill[j] as number
      fill[j] = at + 1
      adj[at] = i
      cost[at] = g.cost[x] as number
    }
  }
  return { nL: g.nR, nR: g.nL, start, adj, cost }
}

/** @internal The costs `sign * data` of chosen rows and columns of a matrix, transposed if asked. */
export const submatrix = (
  data: Float64Array,
  sign: number,
  cols: number,
  rowIds: Int32Array,
  colIds: Int32Array,
  transposed: boolean,
): Float64Array => {
  const nr = rowIds.length
  const nc = colIds.length
  const out = new Float64Array(nr * nc)
  if (!transposed) {
    for (let a = 0; a < nr; a++) {
      const off = (rowIds[a] as number) * cols
      for (let b = 0; b < nc; b++) out[a * nc + b] = sign * (data[off + (colIds[b] as number)] as number)
    }
    return out
  }
  // Tile by tile, so that both the reads and the writes stay in the cache.
  for (let a0 = 0; a0 < nr; a0 += TILE) {
    const a1 = Math.min(a0 + TILE, nr)
    for (let b0 = 0; b0 < nc; b0 += TILE) {
      const b1 = Math.min(b0 + TILE, nc)
      for (let a = a0; a < a1; a++) {
        const off = (rowIds[a] as number) * cols
        for (let b = b0; b < b1; b++) out[b * nr + a] = sign * (data[off + (colIds[b] as number)] as number)
      }
    }
  }
  return out
}

const TILE = 32
