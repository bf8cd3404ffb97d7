/**
 * The state shared by the shortest augmenting path engines: a bipartite min-cost flow between
 * "left" nodes (each augmented as often as its demand) and "right" nodes (each taking up to its
 * capacity), with dual prices `u` (left) and `v` (right).
 *
 * A unit of flow is a record `(left, right)`. Records hang in one list per right node, so a right
 * node with capacity 5 is one node with up to 5 holders and one price (slot reuse), not 5 copies.
 * Invariants between augmentations: every edge has reduced cost `c - u - v >= 0` for the left
 * nodes already augmented, every record's edge has reduced cost 0, `v <= 0`, and `v = 0` on right
 * nodes below capacity. These prove that the flow is a cheapest one of its size that serves the
 * same left nodes.
 * @module
 */

/** @internal The flow and its prices. */
export interface Flow {
  readonly nL: number
  readonly nR: number
  readonly u: Float64Array
  readonly v: Float64Array
  readonly cap: Int32Array
  readonly load: Int32Array
  readonly head: Int32Array
  readonly recLeft: Int32Array
  readonly recRight: Int32Array
  readonly recNext: Int32Array
  /** Records ever made (the next fresh one). */
  made: number
  /** A released record to reuse first, or -1. */
  free: number
}

/** @internal An empty flow with room for `records` records. */
export const emptyFlow = (nL: number, nR: number, cap: Int32Array, records: number): Flow => ({
  nL,
  nR,
  u: new Float64Array(nL),
  v: new Float64Array(nR),
  cap,
  load: new Int32Array(nR),
  head: new Int32Array(nR).fill(-1),
  recLeft: new Int32Array(records),
  recRight: new Int32Array(records),
  recNext: new Int32Array(records),
  made: 0,
  free: -1,
})

/** @internal Put one unit on `(left, right)`. */
export const addRecord = (f: Flow, left: number, right: number): number => {
  let r = f.free
  if (r >= 0) f.free = f.recNext[r] as number
  else r = f.made++
  f.recLeft[r] = left
  f.recRight[r] = right
  f.recNext[r] = f.head[right] as number
  f.head[right] = r
  f.load[right] = (f.load[right] as number) + 1
  return r
}

/** @internal Take record `r` off its right node. */
export const removeRecord = (f: Flow, r: number): void => {
  const j = f.recRight[r] as number
  let p = f.head[j] as number
  if (p === r) f.head[j] = f.recNext[r] as number
  else {
    while (p >= 0 && f.recNext[p] !== r) p = f.recNext[p] as number
    if (p >= 0) f.recNext[p] = f.recNext[r] as number
  }
  f.load[j] = (f.load[j] as number) - 1
  f.recLeft[r] = -1
  f.recNext[r] = f.free
  f.free = r
}

/**
 * @internal The scratch space of one shortest path search: `dist` and `predL` per right node,
 * `predRec` (the record through which a left node was reached) per left node, the left nodes
 * scanned (`sr`) and the right nodes settled (`sc`) in this search.
 */
export interface Search {
  readonly dist: Float64Array
  readonly predL: Int32Array
  readonly predRec: Int32Array
  readonly sr: Int32Array
  readonly sc: Int32Array
  nsr: number
  nsc: number
}

/** @internal Scratch space for a flow of `nL` by `nR` nodes. */
export const search = (nL: number, nR: number): Search => ({
  dist: new Float64Array(nR),
  predL: new Int32Array(nR),
  predRec: new Int32Array(nL),
  sr: new Int32Array(nL),
  sc: new Int32Array(nR),
  nsr: 0,
  nsc: 0,
})

/**
 * @internal After a search settled `sink` at distance `minVal`: move the prices so that the
 * invariants hold again, then shift the flow along the path (one more unit into `sink`). The path
 * starts at a left node marked with `predRec = -1` (the search's source); returns that node.
 */
export const augment = (f: Flow, w: Search, sink: number, minVal: number): number => {
  const { u, v, recRight, recLeft } = f
  const { dist, predL, predRec, sr, sc } = w
  for (let t = 0; t < w.nsr; t++) {
    const k = sr[t] as number
    u[k] = (u[k] as number) + minVal - (dist[recRight[predRec[k] as number] as number] as number)
  }
  for (let t = 0; t < w.nsc; t++) {
    const j = sc[t] as number
    v[j] = (v[j] as number) - (minVal - (dist[j] as number))
  }
  let k = predL[sink] as number
  addRecord(f, k, sink)
  for (let r = predRec[k] as number; r >= 0; r = predRec[k] as number) {
    k = predL[recRight[r] as number] as number
    recLeft[r] = k
  }
  u[k] = (u[k] as number) + minVal
  return k
}
