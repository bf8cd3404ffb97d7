/**
 * One OR-Library sparse instance, for bench/solve.bench.ts, in a process of its own (as SciPy's
 * side runs in one): warm up (`warmUpSparse`), then time `solveSparseAssignment` from the
 * `[column, cost]` lists and from compressed input, `REPS` runs each after one untimed run.
 * Usage: tsx bench/solve-sparse.ts NAME REPS  ->  prints { lists, compressed } with { ms, times, total }.
 */
import * as E from 'fp-ts/lib/Either.js'
import { solveSparseAssignment } from '../src/solve/index.js'
import { compress, readOrSparse, warmUpSparse } from './sparse-instances.js'
import { time } from './timing.js'

const [name = '', reps = '25'] = process.argv.slice(2)
const inst = readOrSparse(name)
if (inst === undefined) process.exit(1)
warmUpSparse()
const figure = (input: Parameters<typeof solveSparseAssignment>[2]) => {
  const r = time(Number(reps), () => solveSparseAssignment(inst.n, inst.n, input))
  return { ms: r.ms, times: r.times, total: E.isRight(r.result) ? r.result.right.total : null }
}
const lists = figure(inst.candidates)
const compressed = figure(compress(inst.candidates))
console.log(JSON.stringify({ lists, compressed }))
