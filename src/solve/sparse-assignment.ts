/**
 * `solveSparseAssignment`: the assignment problem on candidate lists, for large instances where
 * most pairs are not allowed.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { summarise, type Assignment } from './assignment.js'
import { hasIssues, issues, solveError, type SolveError } from './errors.js'
import { readOptions, type AssignmentOptions } from './options.js'
import { planGraph } from './plan.js'
import { costAt, csrRows } from './rows.js'
import type { Csr } from './sparse-engine.js'
import { isCompressed, readCompressed, type CompressedCandidates } from './sparse-csr.js'
import { readCandidates, readCount, type Candidate } from './sparse-input.js'

/** The sum of the costs of the edges of `assignment` in `g`. */
const sparseSum = (g: Csr, assignment: Int32Array): number => {
  const rows = csrRows(g)
  let sum = 0
  for (let i = 0; i < assignment.length; i++) {
    const j = assignment[i] as number
    if (j >= 0) sum += costAt(rows, i, j)
  }
  return sum
}

/**
 * The optimal assignment on candidate lists: `candidates[i]` lists the allowed columns of row `i`
 * as `[column, cost]` pairs (each column at most once; a pair absent from the list is forbidden,
 * and so is a cost of `+Infinity`, `-Infinity` with `maximize`). Same result as
 * {@link solveAssignment} on the matrix with every other cell forbidden: the largest cardinality,
 * then the best total, with the same `options`. Runs on a compressed sparse graph, Dijkstra with a
 * binary heap, in time and memory that grow with the number of candidates, not rows x columns.
 * The candidates may also come in compressed sparse row form ({@link CompressedCandidates}:
 * `offsets`, `columns`, `costs`, e.g. typed arrays a host already has), which spares one small
 * array per candidate; the result is the same.
 * @example
 * solveSparseAssignment(3, 2, [[[0, 5], [1, 1]], [[1, 2]], []], { capacities: [1, 1] })
 * // Right({ assignment: Int32Array [0, 1, -1], cardinality: 2, total: 7 })
 * solveSparseAssignment(3, 2, { offsets: [0, 2, 3, 3], columns: [0, 1, 1], costs: [5, 1, 2] })
 * // the same
 * @since 0.1.0
 */
export const solveSparseAssignment = (
  rows: number,
  cols: number,
  candidates: readonly (readonly Candidate[])[] | CompressedCandidates,
  options?: AssignmentOptions,
): E.Either<SolveError, Assignment> => {
  const found = issues()
  const raw: unknown = options
  const maximize = typeof raw === 'object' && raw !== null && (raw as { maximize?: unknown }).maximize === true
  const n = readCount(rows, 'rows', found)
  const m = readCount(cols, 'cols', found)
  const input: unknown = candidates
  const g =
    n === undefined || m === undefined
      ? undefined
      : isCompressed(input)
        ? readCompressed(input, n, m, maximize, found)
        : readCandidates(input, n, m, maximize, found)
  const opts = readOptions(raw, m ?? -1, n ?? 0, found)
  if (g === undefined || hasIssues(found)) return E.left(solveError(found))
  const assignment = planGraph(g, opts.capacities)
  return E.right(summarise(assignment, sparseSum(g, assignment), maximize ? -1 : 1))
}
