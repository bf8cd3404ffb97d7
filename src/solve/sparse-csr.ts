/**
 * Reading candidate lists given in compressed sparse row form (`offsets`, `columns`, `costs`:
 * row `i`'s candidates are the entries `offsets[i]` to `offsets[i + 1] - 1`), the form a host
 * often has already (`ScoreMatrix.candidateLists()`, a CSR matrix), without one small array per
 * candidate. Checked entry by entry like the `[column, cost]` lists.
 * @module
 */
import { describe, report, type Issues } from './errors.js'
import type { Csr } from './sparse-engine.js'
import { firstAt, goodEntry, nextRow, reportEntry, seen } from './sparse-input.js'

/**
 * Candidate lists in compressed sparse row form: row `i`'s candidates are the columns
 * `columns[offsets[i] .. offsets[i + 1] - 1]` with the costs at the same places. `offsets` has
 * one entry per row plus one, starts at 0 and never decreases; its last entry is the length of
 * `columns` and `costs`.
 * @example
 * const c: CompressedCandidates = {
 *   offsets: Int32Array.of(0, 2, 3, 3),
 *   columns: Int32Array.of(0, 1, 1),
 *   costs: Float64Array.of(5, 1, 2),
 * }
 * @since 0.1.0
 */
export interface CompressedCandidates {
  readonly offsets: ArrayLike<number>
  readonly columns: ArrayLike<number>
  readonly costs: ArrayLike<number>
}

const isArrayLike = (x: unknown): x is ArrayLike<unknown> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView))

/** @internal Whether `raw` is meant as compressed candidates (an object with `offsets`). */
export const isCompressed = (raw: unknown): raw is Readonly<Record<'offsets' | 'columns' | 'costs', unknown>> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'offsets' in raw

/** The three arrays, each a list, and of lengths that fit `rows`; otherwise undefined after reporting. */
const readShape = (raw: Readonly<Record<string, unknown>>, rows: number, found: Issues) => {
  const lists = (['offsets', 'columns', 'costs'] as const).map((key) => {
    const x = raw[key]
    if (isArrayLike(x)) return x
    report(found, 'solve-invalid-list', ['candidates', key], { name: key, received: describe(x) })
    return undefined
  })
  const [offsets, columns, costs] = lists
  if (offsets === undefined || columns === undefined || costs === undefined) return undefined
  if (offsets.length !== rows + 1) {
    report(found, 'solve-wrong-length', ['candidates', 'offsets'], { name: 'offsets', expected: rows + 1, actual: offsets.length })
  }
  if (costs.length !== columns.length) {
    report(found, 'solve-wrong-length', ['candidates', 'costs'], { name: 'costs', expected: columns.length, actual: costs.length })
  }
  return offsets.length === rows + 1 && costs.length === columns.length ? { offsets, columns, costs } : undefined
}

/** Offsets that start at 0, never decrease and end at `size`; reports each one that does not. */
const readOffsets = (offsets: ArrayLike<unknown>, size: number, found: Issues): boolean => {
  let ok = true
  let before = 0
  for (let i = 0; i < offsets.length; i++) {
    const o = offsets[i]
    const last = i === offsets.length - 1
    const good = typeof o === 'number' && Number.isInteger(o) && o >= before && o <= size && (i > 0 || o === 0) && (!last || o === size)
    if (!good) {
      report(found, 'solve-invalid-offset', ['candidates', 'offsets', i], { at: i, received: describe(o), size, last })
      ok = false
    } else before = o
  }
  return ok
}

/** Checked entries: in range, no duplicates within a row; `forbidden` counts the costs that forbid. */
interface Shape {
  readonly offsets: ArrayLike<unknown>
  readonly columns: ArrayLike<unknown>
  readonly costs: ArrayLike<unknown>
}

/** Check every entry of `shape` (reporting each bad one); the number of forbidding costs. */
const checkEntries = ({ offsets, columns, costs }: Shape, rows: number, cols: number, sign: number, found: Issues): number => {
  const s = seen(cols)
  let forbidden = 0
  for (let i = 0; i < rows; i++) {
    nextRow(s)
    const from = offsets[i] as number
    const to = offsets[i + 1] as number
    for (let e = from; e < to; e++) {
      const c = columns[e]
      const x = costs[e]
      if (!goodEntry(c, x, cols, sign)) {
        reportEntry(c, x, ['candidates', 'columns', e], ['candidates', 'costs', e], cols, sign, found)
        continue
      }
      const first = firstAt(s, c, e - from)
      if (first >= 0) report(found, 'solve-duplicate', ['candidates', 'columns', e], { name: 'column', value: c, first: from + first })
      else if (sign * (x as number) === Infinity) forbidden++
    }
  }
  return forbidden
}

/** The graph of checked entries, leaving out the forbidding ones and turning costs by `sign`. */
const build = ({ offsets, columns, costs }: Shape, rows: number, cols: number, sign: number): Csr => {
  const adj = new Int32Array(columns.length)
  const cost = new Float64Array(columns.length)
  const start = new Int32Array(rows + 1)
  let size = 0
  for (let i = 0; i < rows; i++) {
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const x = sign * (costs[e] as number)
      if (x === Infinity) continue
      adj[size] = columns[e] as number
      cost[size++] = x
    }
    start[i + 1] = size
  }
  return { nL: rows, nR: cols, start, adj: adj.subarray(0, size), cost: cost.subarray(0, size) }
}

/**
 * @internal Check compressed candidates for `rows` rows and `cols` columns; undefined after
 * reporting. When the columns come as an `Int32Array` and the costs as a `Float64Array` to
 * minimise, with no cost that forbids, the graph uses them as they are (read only, no copy).
 */
export const readCompressed = (
  raw: Readonly<Record<string, unknown>>,
  rows: number,
  cols: number,
  maximize: boolean,
  found: Issues,
): Csr | undefined => {
  const before = found.list.length + found.omitted
  const shape = readShape(raw, rows, found)
  if (shape === undefined || !readOffsets(shape.offsets, shape.columns.length, found)) return undefined
  const sign = maximize ? -1 : 1
  const forbidden = checkEntries(shape, rows, cols, sign, found)
  if (found.list.length + found.omitted > before) return undefined
  const { offsets, columns, costs } = shape
  if (forbidden > 0 || sign < 0 || !(columns instanceof Int32Array) || !(costs instanceof Float64Array)) {
    return build(shape, rows, cols, sign)
  }
  return { nL: rows, nR: cols, start: Int32Array.from(offsets as ArrayLike<number>), adj: columns, cost: costs }
}
