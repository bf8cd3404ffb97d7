/**
 * `solveAssignment`: the dense assignment problem with column capacities and forbidden cells.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { hasIssues, issues, solveError, type SolveError } from './errors.js'
import { peekCols, peekRows, readMatrix, type DenseCosts } from './dense-input.js'
import { readOptions, type AssignmentOptions } from './options.js'
import { planDense } from './plan.js'

/**
 * The result of an assignment solver: `assignment[i]` is the column of row `i`, or -1; the
 * `cardinality` (rows assigned) is the largest possible, and `total` (the sum of the costs of the
 * assigned cells) is optimal among the assignments of that cardinality.
 * @example
 * const r: Assignment = { assignment: Int32Array.from([1, 0]), cardinality: 2, total: 5 }
 * @since 0.1.0
 */
export interface Assignment {
  readonly assignment: Int32Array
  readonly cardinality: number
  readonly total: number
}

/**
 * @internal The result for `assignment`, whose cells cost `sum` in all (turned by `sign` back to
 * the caller's direction).
 */
export const summarise = (assignment: Int32Array, sum: number, sign: number): Assignment => {
  let cardinality = 0
  for (let i = 0; i < assignment.length; i++) if ((assignment[i] as number) >= 0) cardinality++
  return { assignment, cardinality, total: sign * sum + 0 }
}

/** The sum of the cells of `assignment` in the row-major `data` with `cols` columns. */
const denseSum = (assignment: Int32Array, data: Float64Array, cols: number): number => {
  let sum = 0
  for (let i = 0; i < assignment.length; i++) {
    const j = assignment[i] as number
    if (j >= 0) sum += data[i * cols + j] as number
  }
  return sum
}

/**
 * The optimal assignment of rows to columns: as many rows as possible, and among those
 * assignments the least total cost (the greatest with `maximize`). `+Infinity` forbids a cell
 * (`-Infinity` when maximising); `options.capacities[j]` lets column `j` take that many rows
 * (default 1). Exact in the cardinality (decided combinatorially, never by penalty costs); the
 * total is optimal up to floating-point rounding, and exact for integer costs.
 *
 * Solved by shortest augmenting paths with dual prices (Jonker-Volgenant family) on typed arrays;
 * a column with capacity k is one node with k slots sharing one price. Same input, same output.
 * Bad input gives a `Left` listing every problem; this function never throws.
 * @example
 * solveAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])
 * // Right({ assignment: Int32Array [1, 0, 2], cardinality: 3, total: 5 })
 * solveAssignment([[1, Infinity], [2, Infinity]], { capacities: [1, 5] })
 * // Right({ assignment: Int32Array [0, -1], cardinality: 1, total: 1 })
 * @since 0.1.0
 */
export const solveAssignment = (
  costs: readonly (readonly number[])[] | DenseCosts,
  options?: AssignmentOptions,
): E.Either<SolveError, Assignment> => {
  const found = issues()
  const raw: unknown = options
  const maximize = typeof raw === 'object' && raw !== null && (raw as { maximize?: unknown }).maximize === true
  const matrix = readMatrix(costs, maximize, found)
  const noRows = Array.isArray(costs) && costs.length === 0
  const width = matrix === undefined || noRows ? peekCols(costs) : matrix.cols
  const opts = readOptions(raw, width, matrix?.rows ?? peekRows(costs), found)
  if (matrix === undefined || hasIssues(found)) return E.left(solveError(found))
  const assignment = planDense(matrix, opts.capacities)
  const { data, cols } = matrix
  return E.right(summarise(assignment, denseSum(assignment, data, cols), 1))
}
