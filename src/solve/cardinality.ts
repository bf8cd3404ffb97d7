/**
 * The most rows that can be assigned, and which rows and columns take part in the choice.
 *
 * A maximum matching with column capacities is grown by phases: one breadth-first search from all
 * free rows at once, augmenting along vertex-disjoint paths as they are found. When a phase finds
 * none, the matching is maximum and its search marks exactly the rows that some maximum matching
 * leaves free (`surplusRows`) and the columns that every maximum matching fills with them
 * (`contestedCols`): the Dulmage-Mendelsohn decomposition. Every maximum matching then consists of
 * a matching of all other rows into all other columns, and a matching that fills every contested
 * column with surplus rows, and the two never share an edge. So the best assignment of largest
 * cardinality is the best of each part, solved apart, with no penalty costs.
 * @module
 */
import type { Csr } from './sparse-engine.js'

/** @internal The split: how many rows a maximum matching assigns, and the two parts. */
export interface Split {
  readonly cardinality: number
  readonly surplusRows: Uint8Array
  readonly contestedCols: Uint8Array
}

interface Holders {
  readonly match: Int32Array
  readonly load: Int32Array
  readonly head: Int32Array
  readonly next: Int32Array
  readonly prev: Int32Array
}

const holders = (g: Csr): Holders => ({
  match: new Int32Array(g.nL).fill(-1),
  load: new Int32Array(g.nR),
  head: new Int32Array(g.nR).fill(-1),
  next: new Int32Array(g.nL).fill(-1),
  prev: new Int32Array(g.nL).fill(-1),
})

const unlink = (h: Holders, i: number): void => {
  const j = h.match[i] as number
  if (j < 0) return
  const p = h.prev[i] as number
  const n = h.next[i] as number
  if (p >= 0) h.next[p] = n
  else h.head[j] = n
  if (n >= 0) h.prev[n] = p
  h.load[j] = (h.load[j] as number) - 1
  h.match[i] = -1
}

const link = (h: Holders, i: number, j: number): void => {
  unlink(h, i)
  const first = h.head[j] as number
  h.next[i] = first
  h.prev[i] = -1
  if (first >= 0) h.prev[first] = i
  h.head[j] = i
  h.load[j] = (h.load[j] as number) + 1
  h.match[i] = j
}

const greedy = (g: Csr, cap: Int32Array, h: Holders): void => {
  for (let i = 0; i < g.nL; i++) {
    const end = g.start[i + 1] as number
    for (let e = g.start[i] as number; e < end; e++) {
      const j = g.adj[e] as number
      if ((h.load[j] as number) < (cap[j] as number)) {
        link(h, i, j)
        break
      }
    }
  }
}

interface Marks {
  readonly rowSeen: Uint8Array
  readonly colSeen: Uint8Array
  readonly root: Int32Array
  readonly rootDone: Uint8Array
  readonly parentRow: Int32Array
  readonly queue: Int32Array
}

const shift = (h: Holders, m: Marks, col: number): void => {
  let j = col
  for (;;) {
    const r = m.parentRow[j] as number
    const before = h.match[r] as number
    link(h, r, j)
    if (before < 0) return
    j = before
  }
}

/** One phase; returns how many augmenting paths it used. */
const phase = (g: Csr, cap: Int32Array, h: Holders, m: Marks): number => {
  m.rowSeen.fill(0)
  m.colSeen.fill(0)
  m.rootDone.fill(0)
  let tail = 0
  for (let i = 0; i < g.nL; i++) {
    if ((h.match[i] as number) >= 0) continue
    m.rowSeen[i] = 1
    m.root[i] = i
    m.queue[tail++] = i
  }
  let found = 0
  for (let q = 0; q < tail; q++) {
    const r = m.queue[q] as number
    const root = m.root[r] as number
    if (m.rootDone[root] === 1) continue
    const end = g.start[r + 1] as number
    for (let e = g.start[r] as number; e < end; e++) {
      const j = g.adj[e] as number
      if (m.colSeen[j] === 1) continue
      m.colSeen[j] = 1
      m.parentRow[j] = r
      if ((h.load[j] as number) < (cap[j] as number)) {
        shift(h, m, j)
        m.rootDone[root] = 1
        found++
        break
      }
      for (let k = h.head[j] as number; k >= 0; k = h.next[k] as number) {
        if (m.rowSeen[k] === 1) continue
        m.rowSeen[k] = 1
        m.root[k] = root
        m.queue[tail++] = k
      }
    }
  }
  return found
}

/** @internal Maximum cardinality and the Dulmage-Mendelsohn split of `g` with capacities `cap`. */
export const split = (g: Csr, cap: Int32Array): Split => {
  const h = holders(g)
  greedy(g, cap, h)
  const m: Marks = {
    rowSeen: new Uint8Array(g.nL),
    colSeen: new Uint8Array(g.nR),
    root: new Int32Array(g.nL),
    rootDone: new Uint8Array(g.nL),
    parentRow: new Int32Array(g.nR),
    queue: new Int32Array(g.nL),
  }
  while (phase(g, cap, h, m) > 0);
  let cardinality = 0
  for (let i = 0; i < g.nL; i++) if ((h.match[i] as number) >= 0) cardinality++
  return { cardinality, surplusRows: m.rowSeen, contestedCols: m.colSeen }
}
