/**
 * Sparse instances for the solver benchmarks: the OR-Library `assignp` files (read from
 * `../shared/data/or-library`, never copied here) and the compressed sparse row form of candidate
 * lists.
 */
import { existsSync, readFileSync } from 'node:fs'
import { solveSparseAssignment, type Candidate } from '../src/solve/index.js'
import { mulberry32 } from '../src/testing/generate.js'

/** An OR-Library sparse instance: `n` rows and columns, candidate lists, and the arcs as (i, j, cost) triples. */
export interface SparseInstance {
  readonly n: number
  readonly candidates: Candidate[][]
  readonly arcs: Float64Array
}

/** Read an OR-Library sparse assignment file (1-based `i j cost` lines after the size); undefined if absent. */
export const readOrSparse = (file: string): SparseInstance | undefined => {
  if (!existsSync(file)) return undefined
  const t = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number)
  const n = t[0] ?? 0
  const candidates: Candidate[][] = Array.from({ length: n }, () => [])
  const arcs = new Float64Array(t.length - 1)
  for (let k = 1; k < t.length; k += 3) {
    const i = (t[k] ?? 1) - 1
    const j = (t[k + 1] ?? 1) - 1
    const c = t[k + 2] ?? 0
    candidates[i]?.push([j, c])
    arcs.set([i, j, c], k - 1)
  }
  return { n, candidates, arcs }
}

/** Candidate lists in compressed sparse row form, typed arrays (built once, outside any timing). */
export const compress = (lists: readonly (readonly Candidate[])[]) => {
  const offsets = new Int32Array(lists.length + 1)
  const size = lists.reduce((n, l) => n + l.length, 0)
  const columns = new Int32Array(size)
  const costs = new Float64Array(size)
  let e = 0
  lists.forEach((l, i) => {
    for (const [c, x] of l) {
      columns[e] = c
      costs[e++] = x
    }
    offsets[i + 1] = e
  })
  return { offsets, columns, costs }
}

/**
 * A square sparse instance like the OR-Library's `assignp` ones (its own random numbers): `per`
 * distinct columns per row with whole costs 1..100, spread so that a perfect matching exists.
 */
export const sparseLists = (n: number, per: number, seed: number): Candidate[][] => {
  const next = mulberry32(seed)
  return Array.from({ length: n }, () =>
    Array.from({ length: per }, (_, t) => [(Math.floor(next() * (n / per)) * per + t) % n, 1 + Math.floor(next() * 100)] as Candidate),
  )
}

/**
 * Warm the sparse solver up as a host that has run for a while: problems of the benchmark's own
 * sizes (other numbers than the OR-Library instances), from both input forms, so that the JIT has
 * compiled the code and the process has recycled its memory once (see docs/performance.md,
 * "Memory on this machine").
 */
export const warmUpSparse = (): void => {
  for (const [n, per, times] of [[2000, 10, 5], [5000, 20, 15]] as const) {
    const lists = sparseLists(n, per, 3 + n)
    const compressed = compress(lists)
    for (let k = 0; k < times; k++) {
      solveSparseAssignment(n, n, lists)
      solveSparseAssignment(n, n, compressed)
    }
  }
}
