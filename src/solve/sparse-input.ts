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

/**
 * @internal Which columns the current row listed, and where: stamped arrays, or a map when the columns are
 * too many for arrays.
 */
export interface Seen {
  readonly stamp: Int32Array
  readonly pos: Int32Array
  readonly map: Map<number, number> | undefined
  row: number
}

/** @internal A fresh {@link Seen} for `cols` columns. */
export const seen = (cols: number): Seen => {
  const small = cols <= 1 << 20
  return {
    stamp: new Int32Array(small ? cols : 0),
    pos: new Int32Array(small ? cols : 0),
    map: small ? undefined : new Map(),
    row: 0,
  }
}

/** @internal Start the next row. */
export const nextRow = (s: Seen): void => {
  s.row++
  s.map?.clear()
}

/** @internal Where the current row listed `col` before, or -1; and mark it at `k` if it did not. */
export const firstAt = (s: Seen, col: number, k: number): number => {
  if (s.map !== undefined) {
    const p = s.map.get(col)
    if (p === undefined) s.map.set(col, k)
    return p ?? -1
  }
  if (s.stamp[col] === s.row) return s.pos[col] as number
  s.stamp[col] = s.row
  s.pos[col] = k
  return -1
}

interface Builder {
  readonly adj: Int32Array
  readonly cost: Float64Array
  size: number
}

/**
 * @internal Whether (`c`, `x`) is a good candidate: a whole column from 0 to `cols - 1` and a cost
 * that is a number and not the infinity that cannot be meant (`-Infinity` when `sign` is 1,
 * `+Infinity` when it is -1, for maximising).
 */
export const goodEntry = (c: unknown, x: unknown, cols: number, sign: number): c is number =>
  typeof c === 'number' && typeof x === 'number' && (c | 0) === c && c >= 0 && c < cols && x === x && sign * x !== -Infinity

/**
 * @internal Report every problem of the candidate (`col`, `cost`) that {@link goodEntry} refused:
 * its column at `colAt`, its cost at `costAt` (both, when both are wrong).
 */
export const reportEntry = (
  col: unknown,
  cost: unknown,
  colAt: readonly (string | number)[],
  costAt: readonly (string | number)[],
  cols: number,
  sign: number,
  found: Issues,
): void => {
  if (!isCount(col) || col >= cols) report(found, 'solve-invalid-index', colAt, { name: 'column', received: describe(col), size: cols })
  if (typeof cost !== 'number' || Number.isNaN(cost)) report(found, 'solve-invalid-cost', costAt, { received: describe(cost) })
  else if (sign * cost === -Infinity) report(found, 'solve-wrong-infinity', costAt, { value: String(cost), maximize: sign < 0 })
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
  if (!Array.isArray(entry) || entry.length !== 2) {
    report(found, 'solve-invalid-candidate', ['candidates', i, k], { received: describe(entry) })
    return
  }
  const col: unknown = entry[0]
  const x: unknown = entry[1]
  if (!goodEntry(col, x, cols, sign)) {
    reportEntry(col, x, ['candidates', i, k, 0], ['candidates', i, k, 1], cols, sign, found)
    return
  }
  const cost = sign * (x as number)
  const first = firstAt(s, col, k)
  if (first >= 0) {
    report(found, 'solve-duplicate', ['candidates', i, k, 0], { name: 'column', value: col, first })
    return
  }
  if (cost === Infinity) return
  b.adj[b.size] = col
  b.cost[b.size++] = cost
}

const readRow = (raw: unknown, i: number, cols: number, sign: number, s: Seen, b: Builder, found: Issues): void => {
  if (!Array.isArray(raw)) {
    report(found, 'solve-invalid-list', ['candidates', i], { name: `candidates[${i}]`, received: describe(raw) })
    return
  }
  nextRow(s)
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
