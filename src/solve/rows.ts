/**
 * Row access for the Jonker-Volgenant initialisation, over a sparse graph or a dense matrix: the
 * few questions it asks of the costs, answered in one pass over a row (or over all cells).
 * @module
 */
import type { Csr } from './sparse-engine.js'

/** @internal The two least reduced costs of a row and their columns (`u2` Infinity if fewer). */
export interface Two {
  u1: number
  u2: number
  j1: number
  j2: number
}

/** @internal The costs, row by row. */
export interface Rows {
  readonly nL: number
  readonly nR: number
  /** `v[j]`: the least cost of column `j` (Infinity if none), `best[j]` its first row (or -1). */
  readonly columnMins: (v: Float64Array, best: Int32Array) => void
  /** The least `c - v[j]` of row `i` over its other columns than `skip` (Infinity if none). */
  readonly minOther: (i: number, skip: number, v: Float64Array) => number
  /** The two least `c - v[j]` of row `i`, into `t`. */
  readonly twoCheapest: (i: number, v: Float64Array, t: Two) => void
  /** The cost of cell `(i, j)`. */
  readonly cost: (i: number, j: number) => number
}

const keepTwo = (t: Two, h: number, j: number): void => {
  if (h >= t.u2) return
  if (h >= t.u1) {
    t.u2 = h
    t.j2 = j
  } else {
    t.u2 = t.u1
    t.j2 = t.j1
    t.u1 = h
    t.j1 = j
  }
}

const reset = (t: Two): void => {
  t.u1 = Infinity
  t.u2 = Infinity
  t.j1 = -1
  t.j2 = -1
}

/** @internal The rows of a graph. */
export const csrRows = (g: Csr): Rows => ({
  nL: g.nL,
  nR: g.nR,
  columnMins: (v, best) => {
    v.fill(Infinity)
    best.fill(-1)
    for (let i = 0; i < g.nL; i++) {
      for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
        const j = g.adj[e] as number
        const c = g.cost[e] as number
        if (c < (v[j] as number)) {
          v[j] = c
          best[j] = i
        }
      }
    }
  },
  minOther: (i, skip, v) => {
    let min = Infinity
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
      const j = g.adj[e] as number
      if (j !== skip) min = Math.min(min, (g.cost[e] as number) - (v[j] as number))
    }
    return min
  },
  twoCheapest: (i, v, t) => {
    reset(t)
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
      const j = g.adj[e] as number
      keepTwo(t, (g.cost[e] as number) - (v[j] as number), j)
    }
  },
  cost: (i, j) => {
    let c = Infinity
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) if (g.adj[e] === j) c = Math.min(c, g.cost[e] as number)
    return c
  },
})

/** @internal The rows of a dense `nL * nR` matrix whose cell `k` costs `sign * data[k]`. */
export const denseRows = (data: Float64Array, sign: number, nL: number, nR: number): Rows => ({
  nL,
  nR,
  columnMins: (v, best) => {
    v.fill(Infinity)
    best.fill(-1)
    for (let i = 0; i < nL; i++) {
      const off = i * nR
      for (let j = 0; j < nR; j++) {
        const c = sign * (data[off + j] as number)
        if (c < (v[j] as number)) {
          v[j] = c
          best[j] = i
        }
      }
    }
  },
  minOther: (i, skip, v) => {
    let min = Infinity
    const off = i * nR
    for (let j = 0; j < nR; j++) {
      const h = sign * (data[off + j] as number) - (v[j] as number)
      if (h < min && j !== skip) min = h
    }
    return min
  },
  twoCheapest: (i, v, t) => {
    reset(t)
    const off = i * nR
    for (let j = 0; j < nR; j++) keepTwo(t, sign * (data[off + j] as number) - (v[j] as number), j)
  },
  cost: (i, j) => sign * (data[i * nR + j] as number),
})
