/**
 * One cold solve, for bench/solve.bench.ts: in a fresh process, read an OR-Library sparse instance
 * and time the very first `solveSparseAssignment` call (no JIT warm-up, no memory recycled yet).
 * Usage: tsx bench/solve-cold.ts NAME lists|compressed  ->  prints { "ms", "total" } as JSON.
 */
import * as E from 'fp-ts/lib/Either.js'
import { solveSparseAssignment } from '../src/solve/index.js'
import { compress, readOrSparse } from './sparse-instances.js'

const [name = '', form = 'lists'] = process.argv.slice(2)
const inst = readOrSparse(name)
if (inst === undefined) process.exit(1)
const input = form === 'compressed' ? compress(inst.candidates) : inst.candidates
const start = performance.now()
const r = solveSparseAssignment(inst.n, inst.n, input)
const ms = performance.now() - start
console.log(JSON.stringify({ ms, total: E.isRight(r) ? r.right.total : null }))
