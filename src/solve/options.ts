/**
 * The options of the assignment solvers and their checks.
 * @module
 */
import { describe, report, type Issues } from './errors.js'

/**
 * Options of {@link solveAssignment} and {@link solveSparseAssignment}.
 * @example
 * const o: AssignmentOptions = { maximize: true, capacities: [2, 1, 3] }
 * @since 0.1.0
 */
export interface AssignmentOptions {
  /** Maximise the total instead of minimising it (then `-Infinity` forbids a cell). Default false. */
  readonly maximize?: boolean
  /**
   * `capacities[j]`: how many rows column `j` may take, a whole number of at least 0. Default 1
   * each. An array or a typed array (such as `ScoreMatrix.capacities`).
   */
  readonly capacities?: readonly number[] | Int32Array | Uint32Array | Float64Array
}

/** @internal The checked options: capacities capped at the number of rows. */
export interface Options {
  readonly maximize: boolean
  readonly capacities: Int32Array
}

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * The most rows, columns, proposers or receivers a solver accepts: 2^24 = 16,777,216.
 * @example
 * MAX_SIZE // 16777216
 * @since 0.1.0
 */
export const MAX_SIZE = 2 ** 24

/** @internal Whether `x` is a whole number of at least 0. */
export const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0

const isList = (x: unknown): x is ArrayLike<unknown> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView))

/**
 * @internal Check a capacity list of `cols` entries, capping each at `rows`. With `cols` below 0
 * (the costs were unreadable) only the entries are checked.
 */
export const readCapacities = (
  raw: unknown,
  cols: number,
  rows: number,
  path: readonly (string | number)[],
  found: Issues,
): Int32Array => {
  const caps = new Int32Array(cols >= 0 && cols <= MAX_SIZE ? cols : 0).fill(1)
  if (raw === undefined) return caps
  if (!isList(raw)) {
    report(found, 'solve-invalid-list', path, { name: 'capacities', received: describe(raw) })
    return caps
  }
  if (cols >= 0 && cols <= MAX_SIZE && raw.length !== cols) {
    report(found, 'solve-wrong-length', path, { name: 'capacities', expected: cols, actual: raw.length })
    return caps
  }
  for (let j = 0; j < raw.length; j++) {
    const c = raw[j]
    if (isCount(c)) {
      if (j < caps.length) caps[j] = Math.min(c, rows)
    }
    else report(found, 'solve-invalid-capacity', [...path, j], { received: describe(c) })
  }
  return caps
}

/** @internal Check the options object of an assignment solver with `cols` columns and `rows` rows. */
export const readOptions = (raw: unknown, cols: number, rows: number, found: Issues): Options => {
  if (raw === undefined) return { maximize: false, capacities: readCapacities(undefined, cols, rows, [], found) }
  if (!isRecord(raw)) {
    report(found, 'solve-invalid-options', ['options'], { received: describe(raw) })
    return { maximize: false, capacities: readCapacities(undefined, cols, rows, [], found) }
  }
  const m = raw['maximize']
  if (m !== undefined && typeof m !== 'boolean') {
    report(found, 'solve-invalid-flag', ['options', 'maximize'], { name: 'maximize', received: describe(m) })
  }
  const capacities = readCapacities(raw['capacities'], cols, rows, ['options', 'capacities'], found)
  return { maximize: m === true, capacities }
}
