/**
 * Shortest augmenting paths on a sparse graph in CSR form: Dijkstra on reduced costs with a binary
 * heap, touching only the edges of the left nodes it reaches.
 * @module
 */
import { augment, type Flow, type Search } from './flow.js'
import { heap, pop, push, type Heap } from './heap.js'

/**
 * @internal A bipartite graph in compressed sparse rows: the edges of left `i` are
 * `adj[start[i] .. start[i + 1])` with costs `cost[...]` at the same positions.
 */
export interface Csr {
  readonly nL: number
  readonly nR: number
  readonly start: Int32Array
  readonly adj: Int32Array
  readonly cost: Float64Array
}

/** @internal Scratch space of the sparse search, on top of {@link Search}. */
export interface SparseWork extends Search {
  readonly seenL: Int32Array
  /** Per right node: `2 * stamp` once reached in the current search, `2 * stamp + 1` once settled. */
  readonly markR: Int32Array
  readonly spare: Uint8Array
  readonly heap: Heap
  /** Right nodes settled at the current distance, waiting to have their holders scanned. */
  readonly ready: Int32Array
  nready: number
  stamp: number
  /** The closest right node below capacity found so far in this search, and its distance. */
  best: number
  bestJ: number
}

/** @internal Scratch space for a sparse flow; `spare[j]` mirrors `load[j] < cap[j]`. */
export const sparseWork = (s: Search, f: Flow): SparseWork => {
  const spare = new Uint8Array(f.nR)
  for (let j = 0; j < f.nR; j++) spare[j] = (f.load[j] as number) < (f.cap[j] as number) ? 1 : 0
  return Object.assign(s, {
    seenL: new Int32Array(f.nL),
    markR: new Int32Array(f.nR),
    spare,
    heap: heap(1024),
    ready: new Int32Array(f.nR),
    nready: 0,
    stamp: 0,
    best: Infinity,
    bestJ: -1,
  })
}

/**
 * Relax the edges of left `i`, reached at distance `d`. Right nodes below capacity are not queued:
 * only the closest is kept (`best`), and nothing at or beyond it is queued either, since the
 * search ends when it is the closest left. A right node reached at distance `settle` (the least
 * distance still open, reached over a tight edge) is settled at once, without the heap.
 */
const relax = (f: Flow, g: Csr, w: SparseWork, i: number, d: number, settle: number): void => {
  const { dist, predL, markR, spare } = w
  const { adj, cost } = g
  const { v } = f
  const seen = 2 * w.stamp
  const done = seen + 1
  const base = d - (f.u[i] as number)
  const end = g.start[i + 1] as number
  let best = w.best
  for (let e = g.start[i] as number; e < end; e++) {
    const j = adj[e] as number
    const m = markR[j] as number
    if (m === done) continue
    const r = base + (cost[e] as number) - (v[j] as number)
    if (r >= best || (m === seen && r >= (dist[j] as number))) continue
    markR[j] = seen
    dist[j] = r
    predL[j] = i
    if (spare[j] === 1) {
      best = r
      w.best = r
      w.bestJ = j
    } else if (r === settle) {
      markR[j] = done
      w.sc[w.nsc++] = j
      w.ready[w.nready++] = j
    } else push(w.heap, r, j)
  }
}

const scanHolders = (f: Flow, g: Csr, w: SparseWork, j: number, d: number): void => {
  for (let r = f.head[j] as number; r >= 0 && w.best > d; r = f.recNext[r] as number) {
    const k = f.recLeft[r] as number
    if (w.seenL[k] === w.stamp) continue
    w.seenL[k] = w.stamp
    w.predRec[k] = r
    w.sr[w.nsr++] = k
    relax(f, g, w, k, d, d)
  }
}

/**
 * One unit more from left `s` along a cheapest path; false (and nothing changed) if no right node
 * below capacity can be reached.
 * @internal
 */
export const sparseAugment = (f: Flow, g: Csr, w: SparseWork, s: number): boolean => {
  const h = w.heap
  w.stamp++
  w.seenL[s] = w.stamp
  w.nsr = 0
  w.nsc = 0
  w.best = Infinity
  w.bestJ = -1
  w.nready = 0
  h.size = 0
  relax(f, g, w, s, 0, NaN)
  let d = -Infinity
  for (;;) {
    while (w.nready > 0 && d < w.best) scanHolders(f, g, w, w.ready[--w.nready] as number, d)
    if (h.size === 0 || (h.keys[0] as number) >= w.best) break
    d = h.keys[0] as number
    const j = pop(h)
    if (w.markR[j] === 2 * w.stamp + 1 || d > (w.dist[j] as number)) continue
    w.markR[j] = 2 * w.stamp + 1
    w.sc[w.nsc++] = j
    scanHolders(f, g, w, j, d)
  }
  const sink = w.bestJ
  if (sink < 0) return false
  w.sc[w.nsc++] = sink
  augment(f, w, s, sink, w.best)
  w.spare[sink] = (f.load[sink] as number) < (f.cap[sink] as number) ? 1 : 0
  return true
}
