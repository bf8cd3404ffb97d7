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

/**
 * Fill the `mentees x mentors` scores, row-major by mentee. `forbidden[i]` lists the mentor
 * columns forbidden for mentee `i` (without repeats). Ineligible cells are `-Infinity`. Each
 * eligible cell is the same sum, in the same order, as `scoreOf` of the pair's breakdown.
 * @internal
 */
export const fillMatrix = (
  rules: readonly PreparedRule[],
  rows: number,
  cols: number,
  forbidden: readonly Int32Array[],
): MatrixFill => {
  const requires = rules.filter((r) => r.rule.mode === 'require')
  const weighted = rules.filter((r) => r.rule.mode !== 'require')
  const total = totalWeight(rules.map((r) => r.rule))
  const width = requires.length + 1
  const data = new Float64Array(rows * cols)
  const eligibleCount = new Int32Array(rows)
  const exclusions = new Int32Array(rows * width)
  const all = Int32Array.from({ length: cols }, (_, k) => k)
  const raw = new Float64Array(cols)
  const acc = new Float64Array(cols)
  const candidates = new Int32Array(cols)
  const blocked = new Uint8Array(cols)
  for (let i = 0; i < rows; i++) {
    blocked.fill(0)
    requires.forEach((r, c) => {
      r.prepared.kernel(i, all, cols, raw)
      let excluded = 0
      for (let k = 0; k < cols; k++) {
        if (!((raw[k] ?? 0) >= 1)) {
          blocked[k] = 1
          excluded++
        }
      }
      exclusions[i * width + c] = excluded
    })
    const banned = forbidden[i] ?? new Int32Array(0)
    for (const j of banned) blocked[j] = 1
    exclusions[i * width + requires.length] = banned.length
    let count = 0
    for (let k = 0; k < cols; k++) if (blocked[k] === 0) candidates[count++] = k
    eligibleCount[i] = count
    const row = i * cols
    data.fill(-Infinity, row, row + cols)
    if (total === 0) {
      for (let k = 0; k < count; k++) data[row + (candidates[k] ?? 0)] = 1
      continue
    }
    acc.fill(0, 0, count)
    for (const { rule, prepared } of weighted) {
      prepared.kernel(i, candidates, count, raw)
      const w = rule.weight
      if (rule.mode === 'prefer') for (let k = 0; k < count; k++) acc[k] = (acc[k] ?? 0) + (w * (raw[k] ?? 0)) / total
      else for (let k = 0; k < count; k++) acc[k] = (acc[k] ?? 0) + (w * (1 - (raw[k] ?? 0))) / total
    }
    for (let k = 0; k < count; k++) data[row + (candidates[k] ?? 0)] = acc[k] ?? 0
  }
  return { data, eligibleCount, exclusions }
}
