/**
 * The `greedy` strategy, a fast baseline: take the best pair left (highest score, minus the
 * load-balance penalty at the mentor's current load), as long as mentee and mentor are free; ties
 * go to the lower mentee id, then the lower mentor id.
 * @module
 * @internal
 */
import type { Instance } from './instance.js'

/** The eligible pairs of the free rows with mentors that have places, in (row, column) order. */
const entriesOf = (inst: Instance): { rows: Int32Array; cols: Int32Array; scores: Float64Array } => {
  const { matrix: m, free, room } = inst
  const rows: number[] = []
  const cols: number[] = []
  const scores: number[] = []
  for (const i of free) {
    const base = i * m.cols
    for (let j = 0; j < m.cols; j++) {
      const v = m.data[base + j] ?? -Infinity
      if (v === -Infinity || (room[j] ?? 0) <= 0) continue
      rows.push(i)
      cols.push(j)
      scores.push(v)
    }
  }
  return { rows: Int32Array.from(rows), cols: Int32Array.from(cols), scores: Float64Array.from(scores) }
}

/** A max-heap of entry indices by `key`, the lower index first among equal keys. */
const heapOf = (key: Float64Array) => {
  const items: number[] = []
  const above = (a: number, b: number): boolean => {
    const ka = key[a] ?? 0
    const kb = key[b] ?? 0
    return ka > kb || (ka === kb && a < b)
  }
  const swap = (x: number, y: number): void => {
    const t = items[x] ?? 0
    items[x] = items[y] ?? 0
    items[y] = t
  }
  const up = (start: number): void => {
    for (let i = start; i > 0 && above(items[i] ?? 0, items[(i - 1) >> 1] ?? 0); i = (i - 1) >> 1) swap(i, (i - 1) >> 1)
  }
  const down = (start: number): void => {
    for (let i = start; ; ) {
      let best = i
      const l = 2 * i + 1
      if (l < items.length && above(items[l] ?? 0, items[best] ?? 0)) best = l
      if (l + 1 < items.length && above(items[l + 1] ?? 0, items[best] ?? 0)) best = l + 1
      if (best === i) return
      swap(i, best)
      i = best
    }
  }
  return {
    size: () => items.length,
    push: (e: number): void => {
      items.push(e)
      up(items.length - 1)
    },
    pop: (): number => {
      const top = items[0] ?? 0
      const last = items.pop() ?? 0
      if (items.length > 0) {
        items[0] = last
        down(0)
      }
      return top
    },
  }
}

/**
 * The greedy assignment of an instance: `result[i]` is the mentor column of row `i` (locked rows
 * keep their mentor), or -1. A pair's key is refreshed when its mentor's load has grown since it
 * was computed (lazy evaluation: keys only fall, so a fresh key on top is the true best).
 * @example
 * solveGreedy(instance, 0) // Int32Array [...]
 * @internal
 */
export const solveGreedy = (inst: Instance, loadBalance: number): Int32Array => {
  const result = Int32Array.from(inst.locked)
  const { rows, cols, scores } = entriesOf(inst)
  const taken = new Int32Array(inst.matrix.cols)
  const stamp = new Int32Array(rows.length)
  const key = new Float64Array(rows.length)
  const heap = heapOf(key)
  const keyOf = (e: number, j: number): number => (scores[e] ?? 0) - ((inst.before[j] ?? 0) + (taken[j] ?? 0)) * loadBalance
  for (let e = 0; e < rows.length; e++) {
    key[e] = keyOf(e, cols[e] ?? 0)
    heap.push(e)
  }
  while (heap.size() > 0) {
    const e = heap.pop()
    const i = rows[e] ?? 0
    const j = cols[e] ?? 0
    if ((result[i] ?? 0) >= 0 || (taken[j] ?? 0) >= (inst.room[j] ?? 0)) continue
    if (loadBalance > 0 && stamp[e] !== taken[j]) {
      stamp[e] = taken[j] ?? 0
      key[e] = keyOf(e, j)
      heap.push(e)
      continue
    }
    result[i] = j
    taken[j] = (taken[j] ?? 0) + 1
  }
  return result
}
