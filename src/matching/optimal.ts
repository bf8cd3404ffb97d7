/**
 * The `optimal` strategy: as many mentees as possible, then the highest total score (minus the
 * load-balance penalties), exactly as the assignment solvers decide it.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Issue } from '../errors/issue.js'
import { solveAssignment } from '../solve/assignment.js'
import type { Assignment } from '../solve/assignment.js'
import type { SolveError } from '../solve/errors.js'
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
  return solveAssignment({ rows: inst.free.length, cols: columns.count, data }, { maximize: true, capacities: Array.from(columns.capacities) })
}

/** A solver error means this module built a bad problem: pass its issues on rather than throw. */
const solverIssues = (e: SolveError): readonly Issue[] => e.issues as readonly Issue[]

/**
 * The optimal assignment of an instance: `result[i]` is the mentor column of row `i` (locked rows
 * keep their mentor), or -1.
 * @example
 * solveOptimal(instance, 0) // Right(Int32Array [...])
 * @internal
 */
export const solveOptimal = (inst: Instance, loadBalance: number): E.Either<readonly Issue[], Int32Array> => {
  const columns = columnsOf(inst, loadBalance)
  const solved = solveDense(inst, columns)
  if (E.isLeft(solved)) return E.left(solverIssues(solved.left))
  const result = Int32Array.from(inst.locked)
  const a = solved.right.assignment
  for (let k = 0; k < inst.free.length; k++) {
    const c = a[k] ?? -1
    result[inst.free[k] ?? 0] = c < 0 ? -1 : (columns.mentor[c] ?? -1)
  }
  return E.right(result)
}
