/**
 * Reading a stable matching problem: two counts, two families of preference lists, capacities.
 * @module
 */
import { describe, issues, report, type Issues } from './errors.js'
import { readCapacities } from './options.js'
import { readCount } from './sparse-input.js'

/**
 * A many-to-one stable matching problem: `proposers` and `receivers` are counts;
 * `proposerPrefs[i]` lists receiver indices and `receiverPrefs[j]` proposer indices, best first,
 * each index at most once; a pair is acceptable only when each lists the other;
 * `capacities[j]` (default 1) is how many proposers receiver `j` may take.
 * @example
 * const p: StableProblem = { proposers: 2, receivers: 1, capacities: [2],
 *   proposerPrefs: [[0], [0]], receiverPrefs: [[1, 0]] }
 * @since 0.1.0
 */
export interface StableProblem {
  readonly proposers: number
  readonly receivers: number
  readonly capacities?: readonly number[]
  readonly proposerPrefs: readonly (readonly number[])[]
  readonly receiverPrefs: readonly (readonly number[])[]
}

/** @internal Preference lists in compressed form: the list of `k` is `list[start[k] .. start[k+1])`. */
export interface Lists {
  readonly start: Int32Array
  readonly list: Int32Array
}

/** @internal The checked problem. */
export interface Stable {
  readonly proposers: number
  readonly receivers: number
  readonly capacities: Int32Array
  readonly proposer: Lists
  readonly receiver: Lists
}

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

const readList = (raw: unknown, at: readonly (string | number)[], size: number, pos: Int32Array, stamp: number, out: number[], found: Issues): void => {
  if (!Array.isArray(raw)) {
    report(found, 'solve-invalid-list', at, { name: `${String(at[0])}[${String(at[1])}]`, received: describe(raw) })
    return
  }
  const name = at[0] === 'proposerPrefs' ? 'receiver' : 'proposer'
  for (let k = 0; k < raw.length; k++) {
    const x: unknown = raw[k]
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0 || x >= size) {
      report(found, 'solve-invalid-index', [...at, k], { name, received: describe(x), size })
    } else if (pos[2 * x] === stamp) {
      report(found, 'solve-duplicate', [...at, k], { name, value: x, first: pos[2 * x + 1] as number })
    } else {
      pos[2 * x] = stamp
      pos[2 * x + 1] = k
      out.push(x)
    }
  }
}

const readLists = (raw: unknown, name: string, count: number, size: number, found: Issues): Lists | undefined => {
  if (!Array.isArray(raw)) {
    report(found, 'solve-invalid-list', [name], { name, received: describe(raw) })
    return undefined
  }
  if (raw.length !== count) {
    report(found, 'solve-wrong-length', [name], { name, expected: count, actual: raw.length })
    return undefined
  }
  const start = new Int32Array(count + 1)
  const out: number[] = []
  const pos = new Int32Array(2 * size)
  for (let k = 0; k < count; k++) {
    readList(raw[k], [name, k], size, pos, k + 1, out, found)
    start[k + 1] = out.length
  }
  return { start, list: Int32Array.from(out) }
}

/**
 * @internal Check a stable matching problem; every problem found goes into `found`.
 */
export const readStable = (raw: unknown, found: Issues = issues()): Stable | undefined => {
  if (!isRecord(raw)) {
    report(found, 'solve-invalid-problem', [], { received: describe(raw) })
    return undefined
  }
  const p = readCount(raw['proposers'], 'proposers', found)
  const r = readCount(raw['receivers'], 'receivers', found)
  if (p === undefined || r === undefined) return undefined
  const proposer = readLists(raw['proposerPrefs'], 'proposerPrefs', p, r, found)
  const receiver = readLists(raw['receiverPrefs'], 'receiverPrefs', r, p, found)
  const capacities = readCapacities(raw['capacities'], r, p, ['capacities'], found)
  if (proposer === undefined || receiver === undefined || found.list.length > 0) return undefined
  return { proposers: p, receivers: r, capacities, proposer, receiver }
}
