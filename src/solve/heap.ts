/**
 * A binary min-heap of (key, node) pairs in typed arrays, with lazy deletion: the searches push a
 * node again when its key drops and skip stale entries when popping. Equal keys come out in an
 * order fixed by the sequence of pushes, so runs are deterministic.
 * @module
 */

/** @internal The heap: `size` entries in `keys`/`nodes`, grown on demand. */
export interface Heap {
  keys: Float64Array
  nodes: Int32Array
  size: number
}

/** @internal An empty heap with room for `n` entries. */
export const heap = (n: number): Heap => ({
  keys: new Float64Array(Math.max(n, 16)),
  nodes: new Int32Array(Math.max(n, 16)),
  size: 0,
})

const grow = (h: Heap): void => {
  const keys = new Float64Array(h.keys.length * 2)
  keys.set(h.keys)
  const nodes = new Int32Array(h.nodes.length * 2)
  nodes.set(h.nodes)
  h.keys = keys
  h.nodes = nodes
}

/** @internal Push `node` with `key`. */
export const push = (h: Heap, key: number, node: number): void => {
  if (h.size === h.keys.length) grow(h)
  const { keys, nodes } = h
  let i = h.size++
  while (i > 0) {
    const p = (i - 1) >> 1
    const pk = keys[p] as number
    if (pk <= key) break
    keys[i] = pk
    nodes[i] = nodes[p] as number
    i = p
  }
  keys[i] = key
  nodes[i] = node
}

/** @internal Remove the least entry and return its node (read its key at `keys[0]` before). */
export const pop = (h: Heap): number => {
  const { keys, nodes } = h
  const node = nodes[0] as number
  const n = --h.size
  if (n === 0) return node
  const key = keys[n] as number
  const last = nodes[n] as number
  let i = 0
  for (;;) {
    let c = 2 * i + 1
    if (c >= n) break
    let ck = keys[c] as number
    if (c + 1 < n) {
      const k2 = keys[c + 1] as number
      if (k2 < ck) {
        c++
        ck = k2
      }
    }
    if (key <= ck) break
    keys[i] = ck
    nodes[i] = nodes[c] as number
    i = c
  }
  keys[i] = key
  nodes[i] = last
  return node
}
