/**
 * A part of an assignment problem that one engine solves: its left nodes (augmented as often as
 * their demand), its right nodes (with capacities), their original row and column indices, and the
 * costs either as a dense matrix or as a sparse graph.
 * @module
 */
import { denseAugment, denseWork } from './dense-engine.js'
import { emptyFlow, type Flow } from './flow.js'
import { sparseAugment, sparseWork, type Csr } from './sparse-engine.js'
import { sparseFirst } from './sparse-first.js'
import type { Cells } from './sparse-first-cells.js'
import { jvInit } from './jv-init.js'
import { biState, writeBack } from './bi-state.js'
import { biAugment } from './bidirectional.js'
import { csrRows, denseRows } from './rows.js'

/** @internal The costs of a part: a dense `nL * nR` matrix or a graph. */
export type Costs =
  | { readonly kind: 'dense'; readonly cost: Float64Array; readonly sign: number }
  | { readonly kind: 'sparse'; readonly g: Csr }

/** @internal A part; `rowsLeft` tells whether the left nodes are rows (else columns). */
export interface Part {
  readonly rowsLeft: boolean
  readonly leftIds: Int32Array
  readonly rightIds: Int32Array
  readonly demand: Int32Array
  readonly cap: Int32Array
  readonly costs: Costs
}

const sum = (a: Int32Array): number => {
  let s = 0
  for (let k = 0; k < a.length; k++) s += a[k] as number
  return s
}

/** From this many cells on, a dense part whose left nodes all have demand 1 is tried sparse first. */
const SPARSE_FIRST_FROM = 4096

/**
 * From this many edges a row on average, a graph part whose left nodes all have demand 1 is tried
 * sparse first too (4 times the cells kept a row): on the OR-Library instances with 125 and 67
 * edges a row it halves the time, at 33 and 20 it does not pay (see `docs/performance.md`).
 */
const SPARSE_FIRST_DEGREE = 48

/** A dense part with enough cells, or a graph with enough edges a row, to try sparse first. */
const firstCells = (part: Part, nL: number, nR: number): Cells | undefined => {
  if (nL * nR < SPARSE_FIRST_FROM || !ones(part.demand)) return undefined
  const c = part.costs
  if (c.kind === 'dense') return { kind: 'dense', cost: c.cost, sign: c.sign, nR }
  return c.g.adj.length >= SPARSE_FIRST_DEGREE * nL ? { kind: 'graph', g: c.g } : undefined
}

/**
 * @internal Solve `part` by shortest augmenting paths from each left node in index order, as
 * often as its demand, and return the flow. A left node that cannot be augmented is skipped.
 */
export const runPart = (part: Part): Flow => {
  const nL = part.leftIds.length
  const nR = part.rightIds.length
  const cells = firstCells(part, nL, nR)
  const first = cells === undefined ? undefined : sparseFirst(cells, nL, nR, part.cap)
  if (first !== undefined) return first
  const f = emptyFlow(nL, nR, part.cap, Math.min(sum(part.demand), sum(part.cap)))
  const c = part.costs
  if (c.kind === 'dense' && unitSquare(part)) {
    const w = denseWork(nL, nR)
    for (const i of jvInit(f, denseRows(c.cost, c.sign, nL, nR))) denseAugment(f, c.cost, c.sign, w, i)
  } else if (c.kind === 'dense') {
    const w = denseWork(nL, nR)
    for (let i = 0; i < nL; i++) {
      for (let t = part.demand[i] as number; t > 0; t--) if (!denseAugment(f, c.cost, c.sign, w, i)) break
    }
  } else if (unitSquare(part)) {
    const free = jvInit(f, csrRows(c.g))
    if (free.length > 0) {
      const s = biState(f, c.g)
      for (const i of free) biAugment(s, i)
      writeBack(s, f)
    }
  } else {
    const w = sparseWork(f)
    for (let i = 0; i < nL; i++) {
      for (let t = part.demand[i] as number; t > 0; t--) if (!sparseAugment(f, c.g, w, i)) break
    }
  }
  return f
}

const ones = (a: Int32Array): boolean => {
  for (let k = 0; k < a.length; k++) if (a[k] !== 1) return false
  return true
}

/** Whether `part` is square with every demand and capacity 1 (every node ends matched). */
export const unitSquare = (part: Pick<Part, 'demand' | 'cap'>): boolean => {
  if (part.demand.length !== part.cap.length) return false
  for (let k = 0; k < part.cap.length; k++) if (part.cap[k] !== 1 || part.demand[k] !== 1) return false
  return true
}

/** @internal Write the flow of `part` into `assignment` (row to column). */
export const readPart = (part: Part, f: Flow, assignment: Int32Array): void => {
  for (let r = 0; r < f.made; r++) {
    const l = f.recLeft[r] as number
    if (l < 0) continue
    const a = part.leftIds[l] as number
    const b = part.rightIds[f.recRight[r] as number] as number
    if (part.rowsLeft) assignment[a] = b
    else assignment[b] = a
  }
}
