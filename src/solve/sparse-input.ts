/**
 * Reading candidate lists (`candidates[i] = [[col, cost], ...]`) into a graph from rows to
 * columns, checked entry by entry, with costs negated when maximising and forbidden entries left
 * out.
 * @module
 */
import { describe, report, type Issues } from './errors.js'
import { isCount, MAX_SIZE } from './options.js'
import type { Csr } from './sparse-engine.js'

/**
 * One candidate of a row: `[column, cost]`.
 * @example
 * const c: Candidate = [3, 0.75]
 * @since 0.1.0
 */
export type Candidate = readonly [number, number]

/** @internal Check a count argument (`rows`, `cols`, `proposers`, `receivers`). */
export const readCount = (raw: unknown, name: string, found: Issues): number | undefined => {
  if (!isCount(raw)) report(found, 'solve-invalid-count', [name], { name, received: describe(raw) })
  else if (raw > MAX_SIZE) report(found, 'solve-too-large', [name], { name, size: raw, limit: MAX_SIZE })
  else return raw
  return undefined
}

/** Remembers which columns a row listed, and where; a map when columns are many. */
interface Seen {
  readonly at: (col: number) => number
  readonly mark: (col: number, pos: number) => void
  readonly next: () => void
}

const seen = (cols: number): Seen => {
  if (cols > 1 << 20) {
    let map = new Map<number, number>()
    return { at: (c) => map.get(c) ?? -1, mark: (c, p) => void map.set(c, p), next: () => void (map = new Map()) }
  }
  const stamp = new Int32Array(cols)
  const pos = new Int32Array(cols)
  let row = 1
  return {
    at: (c) => (stamp[c] === row ? (pos[c] as number) : -1),
    mark: (c, p) => {
      stamp[c] = row
      pos[c] = p
    },
    next: () => void row++,
  }
}

interface Builder {
  readonly adj: Int32Array
  readonly cost: Float64Array
  size: number
}

const readEntry = (
  entry: unknown,
  at: readonly (string | number)[],
  cols: number,
  maximize: boolean,
  found: Issues,
): { readonly col: number; readonly cost: number } | undefined => {
  if (!Array.isArray(entry) || entry.length !== 2) {
    report(found, 'solve-invalid-candidate', at, { received: describe(entry) })
    return undefined
  }
  const [col, cost]: unknown[] = entry
  let ok = true
  if (!isCount(col) || col >= cols) {
    report(found, 'solve-invalid-index', [...at, 0], { name: 'column', received: describe(col), size: cols })
    ok = false
  }
  if (typeof cost !== 'number' || Number.isNaN(cost)) {
    report(found, 'solve-invalid-cost', [...at, 1], { received: describe(cost) })
    ok = false
  } else if (cost === (maximize ? Infinity : -Infinity)) {
    report(found, 'solve-wrong-infinity', [...at, 1], { value: String(cost), maximize })
    ok = false
  }
  return ok ? { col: col as number, cost: maximize ? -(cost as number) : (cost as number) } : undefined
}

/** Read entry `k` of row `i`: the fast path for a good entry, the detailed checks otherwise. */
const readOne = (
  entry: unknown,
  i: number,
  k: number,
  cols: number,
  sign: number,
  s: Seen,
  b: Builder,
  found: Issues,
): void => {
  let col = -1
  let cost = NaN
  if (Array.isArray(entry) && entry.length === 2) {
    const c: unknown = entry[0]
    const x: unknown = entry[1]
    if (typeof c === 'number' && typeof x === 'number' && (c | 0) === c && c >= 0 && c < cols && sign * x !== -Infinity) {
      col = c
      cost = sign * x
    }
  }
  if (cost !== cost) {
    readEntry(entry, ['candidates', i, k], cols, sign < 0, found)
    return
  }
  const first = s.at(col)
  if (first >= 0) {
    report(found, 'solve-duplicate', ['candidates', i, k, 0], { name: 'column', value: col, first })
    return
  }
  s.mark(col, k)
  if (cost === Infinity) return
  b.adj[b.size] = col
  b.cost[b.size++] = cost
}

const readRow = (raw: unknown, i: number, cols: number, sign: number, s: Seen, b: Builder, found: Issues): void => {
  if (!Array.isArray(raw)) {
    report(found, 'solve-invalid-list', ['candidates', i], { name: `candidates[${i}]`, received: describe(raw) })
    return
  }
  s.next()
  for (let k = 0; k < raw.length; k++) readOne(raw[k], i, k, cols, sign, s, b, found)
}

/** @internal Check `candidates` for `rows` rows and `cols` columns; undefined after reporting. */
export const readCandidates = (
  raw: unknown,
  rows: number,
  cols: number,
  maximize: boolean,
  found: Issues,
): Csr | undefined => {
  if (!Array.isArray(raw)) {
    report(found, 'solve-invalid-list', ['candidates'], { name: 'candidates', received: describe(raw) })
    return undefined
  }
  if (raw.length !== rows) {
    report(found, 'solve-wrong-length', ['candidates'], { name: 'candidates', expected: rows, actual: raw.length })
    return undefined
  }
  const before = found.list.length + found.omitted
  let total = 0
  for (let i = 0; i < rows; i++) {
    const r: unknown = raw[i]
    if (Array.isArray(r)) total += r.length
  }
  const b: Builder = { adj: new Int32Array(total), cost: new Float64Array(total), size: 0 }
  const start = new Int32Array(rows + 1)
  const s = seen(cols)
  for (let i = 0; i < rows; i++) {
    readRow(raw[i], i, cols, maximize ? -1 : 1, s, b, found)
    start[i + 1] = b.size
  }
  if (found.list.length + found.omitted > before) return undefined
  return { nL: rows, nR: cols, start, adj: b.adj.subarray(0, b.size), cost: b.cost.subarray(0, b.size) }
}
