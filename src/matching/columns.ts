/**
 * The columns the solvers see. Without load balance a column is a mentor with their places as
 * capacity. With load balance each mentor is split into one column per place ("slot"), slot `t`
 * of mentor `j` costing `(before[j] + t) * loadBalance`: a mentor's k-th mentee then costs
 * `(k - 1) * loadBalance`, exactly, and since a mentor's slots cost more and more, an optimal
 * solution fills the cheaper ones first.
 * @module
 * @internal
 */
import type { Instance } from './instance.js'

/**
 * Solver columns: `mentor[c]` is the mentor of column `c`, `penalty[c]` what a mentee there
 * costs, `capacities[c]` how many mentees it takes; `first[j]` is mentor `j`'s first column and
 * `first[j + 1]` the one after their last.
 * @example
 * columnsOf(instance, 0.1).penalty // Float64Array [0, 0.1, 0, ...]
 * @internal
 */
export interface Columns {
  readonly count: number
  readonly mentor: Int32Array
  readonly penalty: Float64Array
  readonly capacities: Int32Array
  readonly first: Int32Array
}

/**
 * The solver columns of an instance for `loadBalance`.
 * @example
 * columnsOf(instance, 0).count === instance.matrix.cols // true
 * @internal
 */
export const columnsOf = (inst: Instance, loadBalance: number): Columns => {
  const cols = inst.matrix.cols
  const first = new Int32Array(cols + 1)
  if (loadBalance === 0) {
    for (let j = 0; j <= cols; j++) first[j] = j
    return {
      count: cols,
      mentor: Int32Array.from({ length: cols }, (_, j) => j),
      penalty: new Float64Array(cols),
      capacities: Int32Array.from(inst.room, (r) => Math.max(0, r)),
      first,
    }
  }
  for (let j = 0; j < cols; j++) first[j + 1] = (first[j] ?? 0) + Math.max(0, inst.room[j] ?? 0)
  const count = first[cols] ?? 0
  const mentor = new Int32Array(count)
  const penalty = new Float64Array(count)
  for (let j = 0; j < cols; j++) {
    for (let c = first[j] ?? 0, t = 0; c < (first[j + 1] ?? 0); c++, t++) {
      mentor[c] = j
      penalty[c] = ((inst.before[j] ?? 0) + t) * loadBalance
    }
  }
  return { count, mentor, penalty, capacities: new Int32Array(count).fill(1), first }
}
