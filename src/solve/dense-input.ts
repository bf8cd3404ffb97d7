/**
 * Reading a dense cost matrix: `number[][]` or `{ rows, cols, data }`, checked cell by cell and
 * turned into one row-major `Float64Array` to minimise, with `+Infinity` on forbidden cells.
 * @module
 */
import { describe, report, type Issues } from './errors.js'
import { isCount, MAX_SIZE } from './options.js'

/**
 * A dense cost matrix in row-major order: cell `(i, j)` is `data[i * cols + j]`.
 * @example
 * const m: DenseCosts = { rows: 2, cols: 2, data: Float64Array.from([1, 2, 3, 4]) }
 * @since 0.1.0
 */
export interface DenseCosts {
  readonly rows: number
  readonly cols: number
  readonly data: Float64Array
}

/**
 * @internal A checked matrix: the cost to minimise of cell `k` is `sign * data[k]` (`sign` is -1
 * when maximising; the caller's array is used as it is, never copied or changed), `+Infinity`
 * there forbids the cell; `forbidden` counts those cells and `scale` is the largest finite
 * magnitude.
 */
export interface Matrix {
  readonly rows: number
  readonly cols: number
  readonly data: Float64Array
  readonly sign: number
  readonly forbidden: number
  readonly scale: number
}

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** @internal Check one cost and store it, negated when maximising, at `data[at]`; false if bad. */
const checkCell = (
  c: unknown,
  maximize: boolean,
  path: () => readonly (string | number)[],
  found: Issues,
): boolean => {
  if (typeof c !== 'number' || Number.isNaN(c)) {
    report(found, 'solve-invalid-cost', path(), { received: describe(c) })
    return false
  }
  if (c === (maximize ? Infinity : -Infinity)) {
    report(found, 'solve-wrong-infinity', path(), { value: String(c), maximize })
    return false
  }
  return true
}

const fromRows = (costs: readonly unknown[], maximize: boolean, found: Issues): Matrix | undefined => {
  const rows = costs.length
  const first = costs[0]
  const cols = Array.isArray(first) ? first.length : 0
  if (rows > MAX_SIZE || cols > MAX_SIZE) {
    const [name, size] = rows > MAX_SIZE ? ['rows', rows] : ['cols', cols]
    report(found, 'solve-too-large', ['costs'], { name, size, limit: MAX_SIZE })
    return undefined
  }
  const data = new Float64Array(rows * cols)
  const sign = maximize ? -1 : 1
  let forbidden = 0
  let scale = 0
  let ok = true
  for (let i = 0; i < rows; i++) {
    const row = costs[i]
    if (!Array.isArray(row)) {
      report(found, 'solve-invalid-list', ['costs', i], { name: `costs[${i}]`, received: describe(row) })
      ok = false
      continue
    }
    if (row.length !== cols) {
      report(found, 'solve-ragged-row', ['costs', i], { row: i, length: row.length, expected: cols })
      ok = false
      continue
    }
    for (let j = 0; j < cols; j++) {
      const c: unknown = row[j]
      if (typeof c === 'number' && c === c && c !== -sign * Infinity) {
        data[i * cols + j] = c
        if (sign * c === Infinity) forbidden++
        else if (Math.abs(c) > scale) scale = Math.abs(c)
      } else if (!checkCell(c, maximize, () => ['costs', i, j], found)) ok = false
    }
  }
  return ok ? { rows, cols, data, sign, forbidden, scale } : undefined
}

const fromData = (
  costs: Readonly<Record<string, unknown>>,
  maximize: boolean,
  found: Issues,
): Matrix | undefined => {
  const { rows, cols, data } = costs
  let ok = true
  for (const [name, n] of [['rows', rows], ['cols', cols]] as const) {
    if (!isCount(n)) {
      report(found, 'solve-invalid-count', ['costs', name], { name, received: describe(n) })
      ok = false
    } else if (n > MAX_SIZE) {
      report(found, 'solve-too-large', ['costs', name], { name, size: n, limit: MAX_SIZE })
      ok = false
    }
  }
  if (!(data instanceof Float64Array)) {
    report(found, 'solve-invalid-data', ['costs', 'data'], { received: describe(data) })
    return undefined
  }
  if (!ok || !isCount(rows) || !isCount(cols) || rows > MAX_SIZE || cols > MAX_SIZE) return undefined
  if (data.length !== rows * cols) {
    report(found, 'solve-wrong-length', ['costs', 'data'], { name: 'data', expected: rows * cols, actual: data.length })
    return undefined
  }
  return checkData(rows, cols, data, maximize, found)
}

/** The largest magnitude in `data` if every entry is finite; -1 if some entry is not. */
const finiteScale = (data: Float64Array): number => {
  let lo = 0
  let hi = 0
  const n = data.length
  for (let k = 0; k < n; k++) {
    const c = data[k] as number
    if (c < lo) lo = c
    else if (c > hi) hi = c
    else if (c - c !== 0) return -1
  }
  const m = hi > -lo ? hi : -lo
  return m < Infinity ? m : -1
}

const checkData = (rows: number, cols: number, data: Float64Array, maximize: boolean, found: Issues): Matrix | undefined => {
  const sign = maximize ? -1 : 1
  const fast = finiteScale(data)
  if (fast >= 0) return { rows, cols, data, sign, forbidden: 0, scale: fast }
  let forbidden = 0
  let scale = 0
  let ok = true
  for (let k = 0; k < data.length; k++) {
    const x = sign * (data[k] as number)
    if (x < 0 ? -x > scale : x > scale) {
      if (x === Infinity) forbidden++
      else if (x !== -Infinity) scale = Math.abs(x)
      else ok = checkCell(data[k], maximize, () => ['costs', 'data', k], found) && false
    } else if (x !== x) ok = checkCell(x, maximize, () => ['costs', 'data', k], found) && false
  }
  return ok ? { rows, cols, data, sign, forbidden, scale } : undefined
}

/**
 * @internal Check `costs` and return the matrix, or undefined after reporting every problem into
 * `found`. The caller's data is never changed.
 */
export const readMatrix = (costs: unknown, maximize: boolean, found: Issues): Matrix | undefined => {
  if (Array.isArray(costs)) return fromRows(costs, maximize, found)
  if (isRecord(costs) && !ArrayBuffer.isView(costs)) return fromData(costs, maximize, found)
  report(found, 'solve-invalid-matrix', ['costs'], { received: describe(costs) })
  return undefined
}

/** @internal The number of columns `costs` seems to have, or -1 when it cannot tell. */
export const peekCols = (costs: unknown): number => {
  if (Array.isArray(costs)) {
    const first: unknown = costs[0]
    return Array.isArray(first) ? first.length : -1
  }
  if (isRecord(costs) && isCount(costs['cols'])) return costs['cols']
  return -1
}

/** @internal The number of rows `costs` seems to have, or 0 when it cannot tell. */
export const peekRows = (costs: unknown): number => {
  if (Array.isArray(costs)) return costs.length
  if (isRecord(costs) && isCount(costs['rows'])) return costs['rows']
  return 0
}
