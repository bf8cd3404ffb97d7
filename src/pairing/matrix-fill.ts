/**
 * The hot loop of the score matrix: per mentee, `require` kernels over every mentor first, then
 * the weighted kernels over the eligible mentors only. Typed arrays throughout; nothing is
 * allocated per pair.
 * @module
 * @internal
 */
import type { PreparedRule } from './breakdown.js'
import { totalWeight } from './formula.js'

/**
 * The filled arrays of a score matrix.
 * @internal
 */
export interface MatrixFill {
  readonly data: Float64Array
  readonly eligibleCount: Int32Array
  readonly exclusions: Int32Array
}

/** Scratch space of one row, reused for every row. */
interface Scratch {
  readonly all: Int32Array
  readonly raw: Float64Array
  readonly acc: Float64Array
  readonly candidates: Int32Array
  readonly blocked: Uint8Array
}

/** Run the `require` kernels and the ban lists on row `i`: its eligible columns, counted. */
const eligibleOf = (
  i: number,
  requires: readonly PreparedRule[],
  bans: readonly (readonly Int32Array[])[],
  s: Scratch,
  exclusions: Int32Array,
): number => {
  const cols = s.all.length
  const width = requires.length + bans.length
  s.blocked.fill(0)
  requires.forEach((r, c) => {
    r.prepared.kernel(i, s.all, cols, s.raw)
    let excluded = 0
    for (let k = 0; k < cols; k++) {
      if (!((s.raw[k] ?? 0) >= 1)) {
        s.blocked[k] = 1
        excluded++
      }
    }
    exclusions[i * width + c] = excluded
  })
  bans.forEach((ban, b) => {
    const banned = ban[i] ?? NONE
    for (const j of banned) s.blocked[j] = 1
    exclusions[i * width + requires.length + b] = banned.length
  })
  let count = 0
  for (let k = 0; k < cols; k++) if (s.blocked[k] === 0) s.candidates[count++] = k
  return count
}

/** Weigh row `i`'s eligible columns: the same sum, in the same order, as `scoreOf`. */
const weigh = (i: number, count: number, weighted: readonly PreparedRule[], total: number, s: Scratch): void => {
  s.acc.fill(0, 0, count)
  for (const { rule, prepared } of weighted) {
    prepared.kernel(i, s.candidates, count, s.raw)
    const w = rule.weight
    const { acc, raw } = s
    if (rule.mode === 'prefer') for (let k = 0; k < count; k++) acc[k] = (acc[k] ?? 0) + (w * (raw[k] ?? 0)) / total
    else for (let k = 0; k < count; k++) acc[k] = (acc[k] ?? 0) + (w * (1 - (raw[k] ?? 0))) / total
  }
}

const NONE = new Int32Array(0)

/**
 * Fill the `mentees x mentors` scores, row-major by mentee. Each ban list of `bans` gives, per
 * mentee `i`, the mentor columns it rules out (without repeats; e.g. forbidden and existing pairs),
 * counted in `exclusions` after the `require` criteria, in the order of `bans`. Ineligible cells are `-Infinity`. Each
 * eligible cell is the same sum, in the same order, as `scoreOf` of the pair's breakdown.
 * @internal
 */
export const fillMatrix = (
  rules: readonly PreparedRule[],
  rows: number,
  cols: number,
  bans: readonly (readonly Int32Array[])[],
): MatrixFill => {
  const requires = rules.filter((r) => r.rule.mode === 'require')
  const weighted = rules.filter((r) => r.rule.mode !== 'require')
  const total = totalWeight(rules.map((r) => r.rule))
  const data = new Float64Array(rows * cols)
  const eligibleCount = new Int32Array(rows)
  const exclusions = new Int32Array(rows * (requires.length + bans.length))
  const s: Scratch = {
    all: Int32Array.from({ length: cols }, (_, k) => k),
    raw: new Float64Array(cols),
    acc: new Float64Array(cols),
    candidates: new Int32Array(cols),
    blocked: new Uint8Array(cols),
  }
  for (let i = 0; i < rows; i++) {
    const count = eligibleOf(i, requires, bans, s, exclusions)
    eligibleCount[i] = count
    const row = i * cols
    data.fill(-Infinity, row, row + cols)
    if (total === 0) s.acc.fill(1, 0, count)
    else weigh(i, count, weighted, total, s)
    for (let k = 0; k < count; k++) {
      const v = s.acc[k] ?? 0
      data[row + (s.candidates[k] ?? 0)] = v > 1 ? 1 : v
    }
  }
  return { data, eligibleCount, exclusions }
}
