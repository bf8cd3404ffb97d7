/**
 * The initialisation of Jonker and Volgenant (1987) for square problems with capacity 1, on a
 * sparse graph or a dense matrix: column reduction, reduction transfer and two passes of
 * augmenting row reduction.
 * It assigns most rows cheaply and leaves prices under which every assigned row's edge is tight
 * and no edge of an assigned row has a negative reduced cost, so the shortest path engine can
 * finish the free rows. (Square only: a column left free may keep a nonzero price, which matters
 * only when columns can stay free at the end.)
 * @module
 */
import { addRecord, type Flow } from './flow.js'
import { columnMins, costAt, minOther, twoCheapest, type Rows, type Two } from './rows.js'

interface Init {
  readonly x: Int32Array
  readonly y: Int32Array
  readonly v: Float64Array
}

/** Column reduction: each column's price is its least cost, and it goes to that row if free. */
const columnReduction = (g: Rows, s: Init): void => {
  const { v, x, y } = s
  const best = new Int32Array(g.nR)
  columnMins(g, v, best)
  const matches = new Int32Array(g.nL)
  for (let j = g.nR - 1; j >= 0; j--) {
    const i = best[j] as number
    if (i < 0) {
      v[j] = 0
      continue
    }
    matches[i] = (matches[i] as number) + 1
    if (matches[i] === 1) {
      x[i] = j
      y[j] = i
    }
  }
  for (let i = 0; i < g.nL; i++) {
    if (matches[i] !== 1) continue
    // Reduction transfer: row i alone owns its column; lower that column's price.
    const j1 = x[i] as number
    const min = minOther(g, i, j1, v)
    if (min < Infinity) v[j1] = (v[j1] as number) - min
  }
}
/**
 * One pass of augmenting row reduction over `free`: a free row takes its cheapest column, pushing
 * its price down to the row's second cheapest; the row it displaces is handled next. Returns the
 * rows still free. At most `budget` steps, so the pass always ends.
 */
const rowReduction = (g: Rows, s: Init, free: readonly number[], budget: number): number[] => {
  const { x, y, v } = s
  const next: number[] = []
  const stack = [...free].reverse()
  const two: Two = { u1: Infinity, u2: Infinity, j1: -1, j2: -1 }
  let steps = 0
  while (stack.length > 0) {
    const i = stack.pop() as number
    twoCheapest(g, i, v, two)
    if (++steps > budget || two.u2 === Infinity) {
      next.push(i)
      continue
    }
    const { u1, u2, j2 } = two
    let j1 = two.j1
    let i0 = y[j1] as number
    const strict = u1 < u2
    if (strict) v[j1] = (v[j1] as number) - (u2 - u1)
    else if (i0 >= 0) {
      j1 = j2
      i0 = y[j2] as number
    }
    if (i0 >= 0) {
      x[i0] = -1
      if (strict) stack.push(i0)
      else next.push(i0)
    }
    x[i] = j1
    y[j1] = i
  }
  return next
}

/**
 * @internal Initialise the empty flow `f` of a square problem with capacity 1 on graph `g`:
 * assign rows, set prices, and return the rows left for the shortest path engine.
 */
export const jvInit = (f: Flow, g: Rows): number[] => {
  const s: Init = { x: new Int32Array(g.nL).fill(-1), y: new Int32Array(g.nR).fill(-1), v: f.v }
  columnReduction(g, s)
  let free: number[] = []
  for (let i = 0; i < g.nL; i++) if ((s.x[i] as number) < 0) free.push(i)
  for (let pass = 0; pass < 2 && free.length > 0; pass++) free = rowReduction(g, s, free, 4 * g.nL + 64)
  for (let i = 0; i < g.nL; i++) {
    const j = s.x[i] as number
    if (j < 0) continue
    f.u[i] = costAt(g, i, j) - (s.v[j] as number)
    addRecord(f, i, j)
  }
  return free
}
