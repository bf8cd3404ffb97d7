/**
 * A binary min-heap of (key, node) pairs in typed arrays, with lazy deletion: the searches push a
 * node again when its key drops and skip stale entries when popping.
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

/**
 * @internal Push `node` with `key`. Among equal keys, `first[node] === 1` comes out first (the
 * searches mark right nodes below capacity so), then the lower node.
 */
export const push = (h: Heap, key: number, node: number, first: Uint8Array): void => {
  if (h.size === h.keys.length) grow(h)
  const { keys, nodes } = h
  let i = h.size++
  while (i > 0) {
    const p = (i - 1) >> 1
    const pk = keys[p] as number
    if (pk < key || (pk === key && !before(node, nodes[p] as number, first))) break
    keys[i] = pk
    nodes[i] = nodes[p] as number
    i = p
  }
  keys[i] = key
  nodes[i] = node
}

const before = (a: number, b: number, first: Uint8Array): boolean => {
  const fa = first[a] as number
  const fb = first[b] as number
  return fa !== fb ? fa > fb : a < b
}

/** @internal Remove the least entry and return its node (read its key at `keys[0]` before). */
export const pop = (h: Heap, first: Uint8Array): number => {
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
    const ck = keys[c] as number
    const c2 = c + 1
    if (c2 < n) {
      const k2 = keys[c2] as number
      if (k2 < ck || (k2 === ck && before(nodes[c2] as number, nodes[c] as number, first))) c = c2
    }
    const bk = keys[c] as number
    if (key < bk || (key === bk && before(last, nodes[c] as number, first))) break
    keys[i] = bk
    nodes[i] = nodes[c] as number
    i = c
  }
  keys[i] = key
  nodes[i] = last
  return node
}
