/**
 * The `optimal` strategy: as many mentees as possible, then the highest total score (minus the
 * load-balance penalties), exactly as the assignment solvers decide it.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Issue } from '../errors/issue.js'
import { solveAssignment, type Assignment } from '../solve/assignment.js'
import type { SolveError } from '../solve/errors.js'
import { solveSparseAssignment } from '../solve/sparse-assignment.js'
import type { CompressedCandidates } from '../solve/sparse-csr.js'
import { columnsOf, type Columns } from './columns.js'
import type { Instance } from './instance.js'

/** The free rows' scores against the solver columns, penalties subtracted, row-major. */
const denseCosts = (inst: Instance, columns: Columns): Float64Array => {
  const { matrix: m, free } = inst
  const width = columns.count
  const out = new Float64Array(free.length * width)
  for (let k = 0; k < free.length; k++) {
    const base = (free[k] ?? 0) * m.cols
    const row = k * width
    for (let c = 0; c < width; c++) {
      const v = m.data[base + (columns.mentor[c] ?? 0)] ?? -Infinity
      out[row + c] = v === -Infinity ? -Infinity : v - (columns.penalty[c] ?? 0)
    }
  }
  return out
}

const solveDense = (inst: Instance, columns: Columns): E.Either<SolveError, Assignment> => {
  const { matrix: m } = inst
  const untouched = inst.free.length === m.rows && columns.count === m.cols && columns.penalty.every((p) => p === 0)
  const data = untouched ? m.data : denseCosts(inst, columns)
  return solveAssignment({ rows: inst.free.length, cols: columns.count, data }, { maximize: true, capacities: columns.capacities })
}

/**
 * The free rows' candidates against the solver columns as costs to minimise (penalty minus score,
 * the same numbers the solver would make of the scores to maximise), in compressed sparse row form
 * (typed arrays: no small array per candidate, and the solver reads them without a copy).
 */
const sparseCosts = (inst: Instance, columns: Columns): CompressedCandidates => {
  const { offsets, mentors, scores } = inst.candidates
  let size = 0
  for (const i of inst.free) {
    for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
      const j = mentors[e] ?? 0
      size += (columns.first[j + 1] ?? 0) - (columns.first[j] ?? 0)
    }
  }
  const out = { offsets: new Int32Array(inst.free.length + 1), columns: new Int32Array(size), costs: new Float64Array(size) }
  let k = 0
  inst.free.forEach((i, r) => {
    for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
      const j = mentors[e] ?? 0
      const v = scores[e] ?? 0
      for (let c = columns.first[j] ?? 0; c < (columns.first[j + 1] ?? 0); c++) {
        out.columns[k] = c
        out.costs[k++] = (columns.penalty[c] ?? 0) - v
      }
    }
    out.offsets[r + 1] = k
  })
  return out
}

const solveSparse = (inst: Instance, columns: Columns): E.Either<SolveError, Assignment> =>
  solveSparseAssignment(inst.free.length, columns.count, sparseCosts(inst, columns), { capacities: columns.capacities })

/**
 * Whether the sparse solver suits an instance: the free rows' eligible cells, counted per solver
 * column, are under {@link SPARSE_SHARE} of all their cells.
 */
const isSparse = (inst: Instance, columns: Columns): boolean => {
  const m = inst.matrix
  let cells = 0
  for (const i of inst.free) cells += (inst.candidates.offsets[i + 1] ?? 0) - (inst.candidates.offsets[i] ?? 0)
  const perMentor = m.cols === 0 ? 0 : columns.count / m.cols
  return cells * perMentor < SPARSE_SHARE * inst.free.length * columns.count
}

/**
 * The share of eligible cells below which `optimal` uses the sparse solver: the share below which
 * `solveAssignment` itself would turn a dense matrix into a graph (so building the dense matrix
 * first would only cost time), and about where the two cross on 3,000 x 600 instances with
 * compressed candidates (see `docs/performance.md`, "Matching end to end").
 * @example
 * SPARSE_SHARE // 0.25
 * @internal
 */
export const SPARSE_SHARE = 0.25

/** A solver error means this module built a bad problem: pass its issues on rather than throw. */
const solverIssues = (e: SolveError): readonly Issue[] => e.issues as readonly Issue[]

/**
 * The optimal assignment of an instance: `result[i]` is the mentor column of row `i` (locked rows
 * keep their mentor), or -1. `solver` picks the dense or the sparse solver (default: by the share
 * of eligible cells); both give an optimal assignment.
 * @example
 * solveOptimal(instance, 0) // Right(Int32Array [...])
 * @internal
 */
export const solveOptimal = (
  inst: Instance,
  loadBalance: number,
  solver: 'auto' | 'dense' | 'sparse' = 'auto',
): E.Either<readonly Issue[], Int32Array> => {
  const columns = columnsOf(inst, loadBalance)
  const sparse = solver === 'sparse' || (solver === 'auto' && isSparse(inst, columns))
  const solved = sparse ? solveSparse(inst, columns) : solveDense(inst, columns)
  if (E.isLeft(solved)) return E.left(solverIssues(solved.left))
  const result = Int32Array.from(inst.locked)
  const a = solved.right.assignment
  for (let k = 0; k < inst.free.length; k++) {
    const c = a[k] ?? -1
    result[inst.free[k] ?? 0] = c < 0 ? -1 : (columns.mentor[c] ?? -1)
  }
  return E.right(result)
}
