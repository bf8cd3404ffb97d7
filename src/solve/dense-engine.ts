/**
 * Shortest augmenting paths on a dense cost matrix (the Jonker-Volgenant family, in the form of
 * Crouse 2016 used by SciPy): Dijkstra on reduced costs from one left node, scanning the unsettled
 * right nodes of each reached left node in one pass over a row of the matrix.
 * @module
 */
import { augment, search, type Flow, type Search } from './flow.js'

/** @internal Scratch space of the dense search, on top of {@link Search}. */
export interface DenseWork extends Search {
  readonly remaining: Int32Array
  readonly seenL: Int32Array
  readonly pending: Int32Array
  stamp: number
}

/** @internal Scratch space for a dense flow of `nL` by `nR` (one object of fixed shape). */
export const denseWork = (nL: number, nR: number): DenseWork => {
  const s = search(nL, nR)
  return {
    dist: s.dist,
    predL: s.predL,
    predRec: s.predRec,
    sr: s.sr,
    sc: s.sc,
    nsr: 0,
    nsc: 0,
    remaining: new Int32Array(nR),
    seenL: new Int32Array(nL),
    pending: new Int32Array(nL),
    stamp: 0,
  }
}

/**
 * Relax the edges of left `i` (reached at distance `minVal`) over the `n` unsettled right nodes.
 * @internal
 */
const relax = (f: Flow, cost: Float64Array, sign: number, w: DenseWork, i: number, minVal: number, n: number): void => {
  const { remaining, dist, predL } = w
  const v = f.v
  const base = minVal - (f.u[i] as number)
  const off = i * f.nR
  for (let it = 0; it < n; it++) {
    const j = remaining[it] as number
    const r = base + sign * (cost[off + j] as number) - (v[j] as number)
    if (r < (dist[j] as number)) {
      dist[j] = r
      predL[j] = i
    }
  }
}

/**
 * Relax the edges of left `i` and return the position in `remaining` of the closest unsettled
 * right node (ties go to one below capacity, then to the first), or -1 if none is reachable.
 * @internal
 */
const relaxAndPick = (
  f: Flow,
  cost: Float64Array,
  sign: number,
  w: DenseWork,
  i: number,
  minVal: number,
  n: number,
): number => {
  const { remaining, dist, predL } = w
  const { v, load, cap } = f
  const base = i < 0 ? 0 : minVal - (f.u[i] as number)
  const off = i * f.nR
  let lowest = Infinity
  let index = -1
  for (let it = 0; it < n; it++) {
    const j = remaining[it] as number
    let d = dist[j] as number
    if (i >= 0) {
      const r = base + sign * (cost[off + j] as number) - (v[j] as number)
      if (r < d) {
        dist[j] = r
        predL[j] = i
        d = r
      }
    }
    if (d < lowest || (d === lowest && d < Infinity && (load[j] as number) < (cap[j] as number))) {
      lowest = d
      index = it
    }
  }
  return index
}

/** Queue the holders of right `j` not yet scanned; returns how many. @internal */
const queueHolders = (f: Flow, w: DenseWork, j: number): number => {
  let n = 0
  for (let r = f.head[j] as number; r >= 0; r = f.recNext[r] as number) {
    const k = f.recLeft[r] as number
    if (w.seenL[k] === w.stamp) continue
    w.seenL[k] = w.stamp
    w.predRec[k] = r
    w.sr[w.nsr++] = k
    w.pending[n++] = k
  }
  return n
}

/**
 * One unit more from left `s` along a cheapest path (costs `sign * cost`); false (and nothing changed) if no right node
 * below capacity can be reached.
 * @internal
 */
export const denseAugment = (f: Flow, cost: Float64Array, sign: number, w: DenseWork, s: number): boolean => {
  const nR = f.nR
  const { remaining, dist, sc } = w
  for (let j = 0; j < nR; j++) {
    remaining[j] = nR - 1 - j
    dist[j] = Infinity
  }
  w.stamp++
  w.seenL[s] = w.stamp
  w.predRec[s] = -1
  w.nsr = 0
  w.nsc = 0
  let n = nR
  let minVal = 0
  w.pending[0] = s
  let npending = 1
  for (;;) {
    for (let p = 0; p < npending - 1; p++) relax(f, cost, sign, w, w.pending[p] as number, minVal, n)
    const last = npending > 0 ? (w.pending[npending - 1] as number) : -1
    const index = relaxAndPick(f, cost, sign, w, last, minVal, n)
    if (index < 0) return false
    const j = remaining[index] as number
    minVal = dist[j] as number
    remaining[index] = remaining[--n] as number
    sc[w.nsc++] = j
    if ((f.load[j] as number) < (f.cap[j] as number)) {
      augment(f, w, j, minVal)
      return true
    }
    npending = queueHolders(f, w, j)
  }
}
