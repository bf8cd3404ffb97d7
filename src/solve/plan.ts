/**
 * From a checked problem to an assignment: split it by cardinality (see `cardinality.ts`), and run
 * each part with the engine that fits, rows on the left where every row must be assigned, columns
 * on the left (as often as their capacity) where every column must be filled.
 * @module
 */
import { split } from './cardinality.js'
import type { Matrix } from './dense-input.js'
import { denseToCsr, positions, subgraph, submatrix, transpose } from './graph.js'
import { readPart, runPart, type Costs, type Part } from './part.js'
import type { Csr } from './sparse-engine.js'

const ones = (n: number): Int32Array => new Int32Array(n).fill(1)

const iota = (n: number): Int32Array => {
  const a = new Int32Array(n)
  for (let k = 0; k < n; k++) a[k] = k
  return a
}

const pick = (a: Int32Array, ids: Int32Array): Int32Array => {
  const out = new Int32Array(ids.length)
  for (let k = 0; k < ids.length; k++) out[k] = a[ids[k] as number] as number
  return out
}

const total = (a: Int32Array): number => {
  let s = 0
  for (let k = 0; k < a.length; k++) s += a[k] as number
  return s
}

/** The part where every row in `rows` is assigned to a column in `cols`. */
const rowPart = (rows: Int32Array, cols: Int32Array, caps: Int32Array, costs: Costs): Part => ({
  rowsLeft: true,
  leftIds: rows,
  rightIds: cols,
  demand: ones(rows.length),
  cap: pick(caps, cols),
  costs,
})

/** The part where every column in `cols` is filled with rows in `rows`. */
const colPart = (rows: Int32Array, cols: Int32Array, caps: Int32Array, costs: Costs): Part => ({
  rowsLeft: false,
  leftIds: cols,
  rightIds: rows,
  demand: pick(caps, cols),
  cap: ones(rows.length),
  costs,
})

const solveParts = (rows: number, parts: readonly Part[]): Int32Array => {
  const assignment = new Int32Array(rows).fill(-1)
  for (const p of parts) {
    if (p.leftIds.length === 0 || p.rightIds.length === 0) continue
    readPart(p, runPart(p), assignment)
  }
  return assignment
}

/** Below this share of allowed cells, a dense matrix is solved as a graph. */
const SPARSE_BELOW = 0.25

/**
 * A power of two that brings costs of magnitude up to `scale` low enough that no sum of prices
 * along paths of `n` steps can overflow (1 when they already are). Scaling by a power of two is
 * exact, so the answer does not change.
 */
const safeFactor = (scale: number, n: number): number => {
  const bits = Math.log2(scale) + 3 + Math.log2(n + 2)
  return bits <= 1000 ? 1 : 2 ** (1000 - Math.ceil(bits))
}

/** @internal The best assignment of largest cardinality for a dense matrix to minimise. */
export const planDense = (m: Matrix, caps: Int32Array): Int32Array => {
  const { rows, cols, data, sign } = m
  if (rows === 0 || cols === 0) return new Int32Array(rows).fill(-1)
  const factor = safeFactor(m.scale, rows + cols)
  if (factor !== 1) {
    const scaled = Float64Array.from(data, (c) => sign * factor * c)
    return planDense({ ...m, data: scaled, sign: 1, scale: m.scale * factor }, caps)
  }
  if (m.forbidden === 0) {
    const all = [iota(rows), iota(cols)] as const
    if (rows <= total(caps)) return solveParts(rows, [rowPart(...all, caps, { kind: 'dense', cost: data, sign })])
    const t = submatrix(data, sign, cols, all[0], all[1], true)
    return solveParts(rows, [colPart(...all, caps, { kind: 'dense', cost: t, sign: 1 })])
  }
  const finite = rows * cols - m.forbidden
  const g = denseToCsr(rows, cols, data, sign, finite)
  if (finite < SPARSE_BELOW * rows * cols) return planGraph(g, caps)
  const s = split(g, caps)
  const xr = positions(s.surplusRows, 0)
  const xc = positions(s.contestedCols, 0)
  const yr = positions(s.surplusRows, 1)
  const yc = positions(s.contestedCols, 1)
  return solveParts(rows, [
    rowPart(xr, xc, caps, { kind: 'dense', cost: submatrix(data, sign, cols, xr, xc, false), sign: 1 }),
    colPart(yr, yc, caps, { kind: 'dense', cost: submatrix(data, sign, cols, yr, yc, true), sign: 1 }),
  ])
}

/** Whether `g` is square with capacity 1 and no row without edges: perhaps a perfect matching. */
const perhapsPerfect = (g: Csr, caps: Int32Array): boolean => {
  if (g.nL !== g.nR) return false
  for (let j = 0; j < g.nR; j++) if (caps[j] !== 1) return false
  for (let i = 0; i < g.nL; i++) if (g.start[i] === g.start[i + 1]) return false
  return true
}

/**
 * The assignment of every row of a square graph with capacity 1 when the shortest path engine
 * finds one (then it is a cheapest perfect matching, so of largest cardinality: the split is not
 * needed); undefined when some row could not be placed.
 */
const perfect = (g: Csr, caps: Int32Array): Int32Array | undefined => {
  const part = rowPart(iota(g.nL), iota(g.nR), caps, { kind: 'sparse', g })
  const f = runPart(part)
  let placed = 0
  for (let r = 0; r < f.made; r++) if ((f.recLeft[r] as number) >= 0) placed++
  if (placed < g.nL) return undefined
  const assignment = new Int32Array(g.nL).fill(-1)
  readPart(part, f, assignment)
  return assignment
}

/** @internal The best assignment of largest cardinality for a graph from rows to columns. */
export const planGraph = (g: Csr, caps: Int32Array): Int32Array => {
  let scale = 0
  for (let e = 0; e < g.cost.length; e++) scale = Math.max(scale, Math.abs(g.cost[e] as number))
  const factor = safeFactor(scale, g.nL + g.nR)
  if (factor !== 1) return planGraph({ ...g, cost: g.cost.map((c) => c * factor) }, caps)
  const p = perhapsPerfect(g, caps) ? perfect(g, caps) : undefined
  if (p !== undefined) return p
  const s = split(g, caps)
  const xr = positions(s.surplusRows, 0)
  const xc = positions(s.contestedCols, 0)
  const yr = positions(s.surplusRows, 1)
  const yc = positions(s.contestedCols, 1)
  const whole = xr.length === g.nL && xc.length === g.nR
  return solveParts(g.nL, [
    rowPart(xr, xc, caps, { kind: 'sparse', g: whole ? g : subgraph(g, xr, xc) }),
    colPart(yr, yc, caps, { kind: 'sparse', g: transpose(subgraph(g, yr, yc)) }),
  ])
}
