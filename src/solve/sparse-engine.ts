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
  readonly seenR: Int32Array
  readonly doneR: Int32Array
  readonly spare: Uint8Array
  readonly heap: Heap
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
    seenR: new Int32Array(f.nR),
    doneR: new Int32Array(f.nR),
    spare,
    heap: heap(1024),
    stamp: 0,
    best: Infinity,
    bestJ: -1,
  })
}

/**
 * Relax the edges of left `i`, reached at distance `d`. Right nodes below capacity are not queued:
 * only the closest is kept (`best`), and nothing at or beyond it is queued either, since the
 * search ends when it is the closest left.
 */
const relax = (f: Flow, g: Csr, w: SparseWork, i: number, d: number): void => {
  const { dist, predL, seenR, doneR, spare } = w
  const { v } = f
  const stamp = w.stamp
  const base = d - (f.u[i] as number)
  const end = g.start[i + 1] as number
  for (let e = g.start[i] as number; e < end; e++) {
    const j = g.adj[e] as number
    const r = base + (g.cost[e] as number) - (v[j] as number)
    if (r >= w.best || doneR[j] === stamp || (seenR[j] === stamp && r >= (dist[j] as number))) continue
    seenR[j] = stamp
    dist[j] = r
    predL[j] = i
    if (spare[j] === 1) {
      w.best = r
      w.bestJ = j
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
    relax(f, g, w, k, d)
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
  h.size = 0
  relax(f, g, w, s, 0)
  while (h.size > 0 && (h.keys[0] as number) < w.best) {
    const d = h.keys[0] as number
    const j = pop(h)
    if (w.doneR[j] === w.stamp || d > (w.dist[j] as number)) continue
    w.doneR[j] = w.stamp
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
