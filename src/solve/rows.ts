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

/**
 * @internal The costs, row by row: a graph or a dense `nL * nR` matrix whose cell `k` costs
 * `sign * data[k]`. Plain data, asked through the functions below (no closures per problem, so
 * the optimised code of the initialisation stays valid from one problem to the next).
 */
export type Rows =
  | { readonly kind: 'csr'; readonly nL: number; readonly nR: number; readonly g: Csr }
  | { readonly kind: 'dense'; readonly nL: number; readonly nR: number; readonly data: Float64Array; readonly sign: number }

/** @internal The rows of a graph. */
export const csrRows = (g: Csr): Rows => ({ kind: 'csr', nL: g.nL, nR: g.nR, g })

/** @internal The rows of a dense `nL * nR` matrix whose cell `k` costs `sign * data[k]`. */
export const denseRows = (data: Float64Array, sign: number, nL: number, nR: number): Rows => ({
  kind: 'dense',
  nL,
  nR,
  data,
  sign,
})

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

/** @internal `v[j]`: the least cost of column `j` (Infinity if none), `best[j]` its first row (or -1). */
export const columnMins = (r: Rows, v: Float64Array, best: Int32Array): void => {
  v.fill(Infinity)
  best.fill(-1)
  if (r.kind === 'dense') {
    for (let i = 0; i < r.nL; i++) {
      const off = i * r.nR
      for (let j = 0; j < r.nR; j++) {
        const c = r.sign * (r.data[off + j] as number)
        if (c < (v[j] as number)) {
          v[j] = c
          best[j] = i
        }
      }
    }
    return
  }
  const { g } = r
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
}

/** @internal The least `c - v[j]` of row `i` over its other columns than `skip` (Infinity if none). */
export const minOther = (r: Rows, i: number, skip: number, v: Float64Array): number => {
  let min = Infinity
  if (r.kind === 'csr') {
    const { g } = r
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
      const j = g.adj[e] as number
      if (j !== skip) min = Math.min(min, (g.cost[e] as number) - (v[j] as number))
    }
    return min
  }
  const off = i * r.nR
  for (let j = 0; j < r.nR; j++) {
    const h = r.sign * (r.data[off + j] as number) - (v[j] as number)
    if (h < min && j !== skip) min = h
  }
  return min
}

/** @internal The two least `c - v[j]` of row `i`, into `t`. */
export const twoCheapest = (r: Rows, i: number, v: Float64Array, t: Two): void => {
  reset(t)
  if (r.kind === 'csr') {
    const { g } = r
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
      const j = g.adj[e] as number
      keepTwo(t, (g.cost[e] as number) - (v[j] as number), j)
    }
    return
  }
  const off = i * r.nR
  for (let j = 0; j < r.nR; j++) keepTwo(t, r.sign * (r.data[off + j] as number) - (v[j] as number), j)
}

/** @internal The cost of cell `(i, j)` (Infinity if a graph has no such edge). */
export const costAt = (r: Rows, i: number, j: number): number => {
  if (r.kind === 'dense') return r.sign * (r.data[i * r.nR + j] as number)
  let c = Infinity
  const { g } = r
  for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) if (g.adj[e] === j) c = Math.min(c, g.cost[e] as number)
  return c
}
