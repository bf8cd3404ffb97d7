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
  const { offsets, mentors, scores: all } = inst.candidates
  const usable = (e: number): boolean => (inst.room[mentors[e] ?? 0] ?? 0) > 0
  let n = 0
  for (const i of inst.free) for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) if (usable(e)) n++
  const rows = new Int32Array(n)
  const cols = new Int32Array(n)
  const scores = new Float64Array(n)
  let k = 0
  for (const i of inst.free) {
    for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
      if (!usable(e)) continue
      rows[k] = i
      cols[k] = mentors[e] ?? 0
      scores[k++] = all[e] ?? 0
    }
  }
  return { rows, cols, scores }
}

/** A max-heap of entry indices by `key`, the lower index first among equal keys, in a typed array. */
const heapOf = (key: Float64Array, capacity: number) => {
  const items = new Int32Array(capacity)
  let size = 0
  const above = (a: number, b: number): boolean => {
    const ka = key[a] ?? 0
    const kb = key[b] ?? 0
    return ka > kb || (ka === kb && a < b)
  }
  const place = (start: number, e: number): void => {
    let i = start
    for (;;) {
      const l = 2 * i + 1
      if (l >= size) break
      const c = l + 1 < size && above(items[l + 1] ?? 0, items[l] ?? 0) ? l + 1 : l
      if (!above(items[c] ?? 0, e)) break
      items[i] = items[c] ?? 0
      i = c
    }
    items[i] = e
  }
  return {
    size: () => size,
    /** Build the heap over entries 0 .. n - 1 at once. */
    fill: (n: number): void => {
      for (let e = 0; e < n; e++) items[e] = e
      size = n
      for (let i = (n >> 1) - 1; i >= 0; i--) place(i, items[i] ?? 0)
    },
    /** Replace the top entry by `e` (its key has fallen) and restore the heap. */
    replaceTop: (e: number): void => place(0, e),
    pop: (): number => {
      const top = items[0] ?? 0
      size--
      if (size > 0) place(0, items[size] ?? 0)
      return top
    },
    peek: (): number => items[0] ?? 0,
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
  const keyOf = (e: number, j: number): number => (scores[e] ?? 0) - ((inst.before[j] ?? 0) + (taken[j] ?? 0)) * loadBalance
  for (let e = 0; e < rows.length; e++) key[e] = keyOf(e, cols[e] ?? 0)
  const heap = heapOf(key, rows.length)
  heap.fill(rows.length)
  while (heap.size() > 0) {
    const e = heap.peek()
    const i = rows[e] ?? 0
    const j = cols[e] ?? 0
    if ((result[i] ?? 0) >= 0 || (taken[j] ?? 0) >= (inst.room[j] ?? 0)) {
      heap.pop()
      continue
    }
    if (loadBalance > 0 && stamp[e] !== taken[j]) {
      stamp[e] = taken[j] ?? 0
      key[e] = keyOf(e, j)
      heap.replaceTop(e)
      continue
    }
    heap.pop()
    result[i] = j
    taken[j] = (taken[j] ?? 0) + 1
  }
  return result
}
