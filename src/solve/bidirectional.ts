/**
 * Shortest augmenting paths searched from both ends, for square graphs with capacity 1 after the
 * Jonker-Volgenant initialisation. The last few free rows are the expensive ones: a search from the
 * free row alone settles nearly every column before it reaches one of the few free columns left.
 * Here a forward Dijkstra from the free row and a backward one from every free column (along the
 * transposed graph) take turns, each doing about as much work as the other, until the best path
 * found so far, `mu`, is no longer than the sum of their radii `topF + topB`; then it is shortest.
 *
 * The prices move by `p(x) = dF(x) - a` on the nodes the forward search settled closer than `a`
 * and by `p(x) = b - dB(x)` on those the backward search settled closer than `b`, and not at all
 * elsewhere, with `a = min(topF, mu)` and `b = mu - a`. That keeps every reduced cost at or above
 * zero (each case is checked in `docs/performance.md`, "Searching from both ends") and makes
 * every edge of the path tight, as the one-sided update of Jonker and Volgenant does.
 * @module
 */
import { takeFree, type BiState } from './bi-state.js'
import { pop, push } from './heap.js'

/**
 * The forward side may look at this many edges for each edge of the backward side: a backward
 * step costs more (its heap holds rows, its costs come through the transposed graph). Measured on
 * the OR-Library `assignp` instances: 2 beat 1, 1.5 and 3 by a few per cent.
 */
const BACKWARD_WEIGHT = 2

/** Settled marks: `2 * stamp` once reached in this round, `2 * stamp + 1` once settled. */
const reached = (s: BiState): number => 2 * s.stamp

/** Relax the edges of row `i`, scanned forward at distance `d`. */
const relaxF = (s: BiState, i: number, d: number): void => {
  const { g, markF, distF, predF, colRow, markB, distB, v } = s
  const seen = reached(s)
  const base = d - (s.u[i] as number)
  const end = g.start[i + 1] as number
  const from = g.start[i] as number
  s.workF += end - from
  for (let e = from; e < end; e++) {
    const j = g.adj[e] as number
    const m = markF[j] as number
    if (m === seen + 1) continue
    const r = base + (g.cost[e] as number) - (v[j] as number)
    if (r >= s.mu) continue
    const k = colRow[j] as number
    if (k < 0) {
      meet(s, r, i, j)
      continue
    }
    if (markB[k] === seen + 1) meet(s, r + (distB[k] as number), i, j)
    if (m === seen && r >= (distF[j] as number)) continue
    distF[j] = r
    predF[j] = i
    if (r === d) {
      markF[j] = seen + 1
      s.fCols[s.nfCols++] = j
      s.readyF[s.nreadyF++] = j
    } else {
      markF[j] = seen
      push(s.hF, r, j)
    }
  }
}

/** Relax the rows with an edge into column `j`, settled backward at distance `d`. */
const relaxB = (s: BiState, j: number, d: number): void => {
  const { t, markB, distB, predB, seenF, rowDistF, rowCol, u } = s
  const seen = reached(s)
  const base = d - (s.v[j] as number)
  const end = t.start[j + 1] as number
  const from = t.start[j] as number
  s.workB += end - from
  for (let e = from; e < end; e++) {
    const k = t.adj[e] as number
    const m = markB[k] as number
    if (m === seen + 1) continue
    const r = base + (t.cost[e] as number) - (u[k] as number)
    if (seenF[k] === s.stamp) meet(s, r + (rowDistF[k] as number), k, j)
    if ((rowCol[k] as number) < 0 || r >= s.mu || (m === seen && r >= (distB[k] as number))) continue
    markB[k] = seen
    distB[k] = r
    predB[k] = j
    push(s.hB, r, k)
  }
}

const meet = (s: BiState, length: number, i: number, j: number): void => {
  if (length >= s.mu) return
  s.mu = length
  s.mi = i
  s.mj = j
}

/** The least key of the forward heap after dropping stale entries (Infinity if empty). */
const topF = (s: BiState): number => {
  if (s.nreadyF > 0) return s.distF[s.readyF[s.nreadyF - 1] as number] as number
  const h = s.hF
  while (h.size > 0) {
    const j = h.nodes[0] as number
    if (s.markF[j] !== reached(s) + 1 && (h.keys[0] as number) <= (s.distF[j] as number)) return h.keys[0] as number
    pop(h)
  }
  return Infinity
}

/** The least key of the backward side: 0 while free columns wait, else its heap's. */
const topB = (s: BiState): number => {
  if (s.pending > 0) return 0
  const h = s.hB
  while (h.size > 0) {
    const k = h.nodes[0] as number
    if (s.markB[k] !== reached(s) + 1 && (h.keys[0] as number) <= (s.distB[k] as number)) return h.keys[0] as number
    pop(h)
  }
  return Infinity
}

/** Settle the closest column of the forward heap and scan the row that holds it. */
const stepF = (s: BiState): void => {
  let j: number
  if (s.nreadyF > 0) j = s.readyF[--s.nreadyF] as number
  else {
    j = pop(s.hF)
    s.markF[j] = reached(s) + 1
    s.fCols[s.nfCols++] = j
  }
  const d = s.distF[j] as number
  const k = s.colRow[j] as number
  s.seenF[k] = s.stamp
  s.rowDistF[k] = d
  s.fRows[s.nfRows++] = k
  relaxF(s, k, d)
}

/** Expand the next free column, or settle the closest row of the backward heap and its column. */
const stepB = (s: BiState): void => {
  if (s.pending > 0) {
    relaxB(s, s.freeCols[--s.pending] as number, 0)
    return
  }
  const d = s.hB.keys[0] as number
  const k = pop(s.hB)
  s.markB[k] = reached(s) + 1
  s.bRows[s.nbRows++] = k
  relaxB(s, s.rowCol[k] as number, d)
}

/** Start a round from free row `src`: its price makes its cheapest edge tight. */
const begin = (s: BiState, src: number): boolean => {
  const { g, v } = s
  let least = Infinity
  for (let e = g.start[src] as number; e < (g.start[src + 1] as number); e++) {
    least = Math.min(least, (g.cost[e] as number) - (v[g.adj[e] as number] as number))
  }
  if (least === Infinity) return false
  s.u[src] = least
  s.stamp++
  s.source = src
  s.nfRows = 0
  s.nfCols = 0
  s.nbRows = 0
  s.hF.size = 0
  s.hB.size = 0
  s.nreadyF = 0
  s.pending = s.nfree
  s.mu = Infinity
  s.mi = -1
  s.mj = -1
  s.workF = 0
  s.workB = 0
  s.seenF[src] = s.stamp
  s.rowDistF[src] = 0
  s.fRows[s.nfRows++] = src
  relaxF(s, src, 0)
  return true
}

/** Search until the best path is proven shortest; returns `a`, the forward radius, or NaN if none. */
const search = (s: BiState): number => {
  for (;;) {
    const f = topF(s)
    const b = topB(s)
    if (f + b >= s.mu) return s.mu === Infinity ? NaN : Math.min(f, s.mu)
    if ((s.workF <= BACKWARD_WEIGHT * s.workB && f < Infinity) || b === Infinity) stepF(s)
    else stepB(s)
  }
}

/** Move the prices by the two searches' distances (see the module comment). */
const reprice = (s: BiState, a: number): void => {
  const { u, v } = s
  const b = s.mu - a
  for (let t = 0; t < s.nfCols; t++) {
    const j = s.fCols[t] as number
    const d = s.distF[j] as number
    if (d < a) v[j] = (v[j] as number) - (a - d)
  }
  for (let t = 0; t < s.nfRows; t++) {
    const i = s.fRows[t] as number
    const d = s.rowDistF[i] as number
    if (d < a) u[i] = (u[i] as number) + (a - d)
  }
  if (!(b > 0)) return
  for (let t = 0; t < s.nbRows; t++) {
    const k = s.bRows[t] as number
    const d = s.distB[k] as number
    if (d >= b) continue
    u[k] = (u[k] as number) - (b - d)
    const j = s.rowCol[k] as number
    v[j] = (v[j] as number) + (b - d)
  }
  for (let t = 0; t < s.nfree; t++) {
    const j = s.freeCols[t] as number
    v[j] = (v[j] as number) + b
  }
}

/**
 * If the backward half of the path runs through a row of the forward half, join the two at the
 * last such row, so that the path to flip is simple. In exact arithmetic the first meeting
 * recorded at the shortest length shares no row (some meeting of that length whose halves share
 * none is always recorded earlier), but rounding can make a cycle of zero cost come out slightly
 * negative (costs such as 0.1 and 1/3 give -7e-17), and then the halves of the best meeting do
 * share a row (two such instances are in `test/solve/bidirectional-review.test.ts`).
 */
const untangle = (s: BiState): void => {
  const mark = s.stamp
  for (let i = s.mi; ; ) {
    s.seenF[i] = -mark
    if (i === s.source) break
    i = s.predF[s.rowCol[i] as number] as number
  }
  for (let k = s.colRow[s.mj] as number; k >= 0; ) {
    const j = s.predB[k] as number
    if (s.seenF[k] === -mark) {
      s.mi = k
      s.mj = j
    }
    k = s.colRow[j] as number
  }
}

const assign = (s: BiState, i: number, j: number): void => {
  s.rowCol[i] = j
  s.colRow[j] = i
}

/**
 * Flip the path: the backward half from `mj` to a free column, then the forward half to the
 * source. Each half is a chain of at most `nL` rows; the bounds only guard against a hang should a
 * path ever come out of the search with a loop (see `untangle`).
 */
const flip = (s: BiState): void => {
  untangle(s)
  const n = s.g.nL
  let end = s.mj
  for (let k = s.colRow[s.mj] as number, steps = 0; k >= 0 && steps < n; steps++) {
    const j = s.predB[k] as number
    const next = s.colRow[j] as number
    assign(s, k, j)
    end = j
    k = next
  }
  takeFree(s, end)
  for (let i = s.mi, j = s.mj, steps = 0; steps < n; steps++) {
    const old = s.rowCol[i] as number
    assign(s, i, j)
    if (i === s.source) break
    j = old
    i = s.predF[old] as number
  }
}

/**
 * @internal Give free row `src` a column along a cheapest path found from both ends; false (and
 * nothing changed but `src`'s price) if no free column can be reached.
 */
export const biAugment = (s: BiState, src: number): boolean => {
  if (!begin(s, src)) return false
  const a = search(s)
  if (Number.isNaN(a)) return false
  reprice(s, a)
  flip(s)
  return true
}
