/**
 * Sparse instances for the solver benchmarks: the OR-Library `assignp` files (through the
 * tests' reader, `test/solve/or-library.ts`; never copied here) and the compressed sparse row form
 * of candidate lists.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { orLibraryDir, readSparse } from '../test/solve/or-library.js'
import { solveSparseAssignment, type Candidate } from '../src/solve/index.js'
import { mulberry32 } from '../src/testing/generate.js'

/** An OR-Library sparse instance: `n` rows and columns, candidate lists, and the arcs as (i, j, cost) triples. */
export interface SparseInstance {
  readonly n: number
  readonly candidates: readonly (readonly Candidate[])[]
  readonly arcs: Float64Array
}

/**
 * The OR-Library sparse instance `name` (read by the tests' reader, from the same folder:
 * `OR_LIBRARY_DIR` or `../shared/data/or-library`), with its arcs for SciPy; undefined if absent.
 */
export const readOrSparse = (name: string): SparseInstance | undefined => {
  if (!existsSync(join(orLibraryDir, `${name}.txt`))) return undefined
  const { n, arcs, candidates } = readSparse(name)
  const triples = new Float64Array(3 * arcs)
  let k = 0
  candidates.forEach((row, i) => {
    for (const [j, c] of row) triples.set([i, j, c], 3 * k++)
  })
  return { n, candidates, arcs: triples }
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
