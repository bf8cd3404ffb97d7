/**
 * Solver benchmark: `npm run bench -- solve`. Median solve time of the same generated matrices
 * for `mentorschap/solve`, SciPy (a python3 child process, when python3 with scipy is present),
 * and the npm packages `munkres`, `linear-sum-assignment` and (small sizes only) `munkres-js`.
 * Every contender gets the same numbers: the matrices are written to a temporary binary file for
 * python. Only the solve call is timed (ours includes checking its input). Set SOLVE_BENCH_QUICK=1
 * for a fast smoke run, SOLVE_BENCH_ONLY=text to run only the cases whose name contains it,
 * SOLVE_BENCH_VERBOSE=1 to print every repetition's time.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { linearSumAssignment } from 'linear-sum-assignment'
import { munkres } from 'munkres'
import { solveAssignment, solveSparseAssignment, type Candidate } from '../src/solve/index.js'
import { mulberry32 as rng } from '../src/testing/generate.js'
import { orLibraryDir } from '../test/solve/or-library.js'
import { readOrSparse, warmUpSparse } from './sparse-instances.js'
import { time as timeRuns } from './timing.js'

const here = dirname(fileURLToPath(import.meta.url))
const quick = process.env['SOLVE_BENCH_QUICK'] === '1'
const only = process.env['SOLVE_BENCH_ONLY'] ?? ''
const verbose = process.env['SOLVE_BENCH_VERBOSE'] === '1'
const munkresJs = createRequire(import.meta.url)('munkres-js') as (m: number[][]) => [number, number][]
const work = mkdtempSync(join(tmpdir(), 'solve-bench-'))


const time = <T>(reps: number, fn: () => T): { readonly ms: number; readonly result: T } => {
  const r = timeRuns(reps, fn)
  if (verbose) console.log(`  times (ms): ${r.times.map((x) => x.toFixed(1)).join(' ')}`)
  return r
}

interface Row {
  readonly name: string
  readonly figures: Map<string, number>
  readonly totals: Map<string, number>
}

const rows: Row[] = []

const hasScipy = spawnSync('python3', ['-c', 'import scipy, numpy'], { encoding: 'utf8' }).status === 0
if (!hasScipy) console.log('python3 with scipy not found: scipy columns skipped')

type Task = { kind: 'dense' | 'sparse'; name: string; rows: number; cols: number; maximize: boolean; reps: number; file: string }

const scipy = (task: Omit<Task, 'file'>, data: Float64Array): { ms: number; total: number } | undefined => {
  if (!hasScipy) return undefined
  const file = join(work, `${task.name.replace(/\W+/g, '_')}.bin`)
  writeFileSync(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
  const spec = join(work, 'spec.json')
  writeFileSync(spec, JSON.stringify({ tasks: [{ ...task, file }] }))
  const out = spawnSync('python3', [join(here, 'solve_scipy.py'), spec], { encoding: 'utf8', maxBuffer: 1 << 24 })
  rmSync(file)
  if (out.status !== 0) {
    console.log(`scipy failed on ${task.name}: ${out.stderr}`)
    return undefined
  }
  const [r] = JSON.parse(out.stdout) as { median_ms: number; total: number }[]
  return r === undefined ? undefined : { ms: r.median_ms, total: r.total }
}

const denseMatrix = (n: number, seed: number, ints: boolean): Float64Array => {
  const next = rng(seed)
  const data = new Float64Array(n * n)
  for (let k = 0; k < data.length; k++) data[k] = ints ? Math.floor(next() * 11) : next()
  return data
}

const rowsOf = (data: Float64Array, n: number, sign: number): Float64Array[] =>
  Array.from({ length: n }, (_, i) => data.slice(i * n, (i + 1) * n).map((x) => sign * x))

const sumOf = (data: Float64Array, n: number, pairs: Iterable<readonly [number, number]>): number => {
  let s = 0
  for (const [i, j] of pairs) s += data[i * n + j] as number
  return s
}

const denseCase = (n: number, ints: boolean, opts: { readonly munkresJs?: boolean } = {}): void => {
  const name = `${n} x ${n} ${ints ? 'integers 0..10, maximise' : 'uniform floats, minimise'}`
  const data = denseMatrix(n, 1000 + n + (ints ? 1 : 0), ints)
  const reps = quick ? 2 : 9
  const row: Row = { name, figures: new Map(), totals: new Map() }
  const ours = time(reps, () => solveAssignment({ rows: n, cols: n, data }, { maximize: ints }))
  if (E.isRight(ours.result)) {
    row.figures.set('ours', ours.ms)
    row.totals.set('ours', ours.result.right.total)
  }
  const s = scipy({ kind: 'dense', name, rows: n, cols: n, maximize: ints, reps }, data)
  if (s !== undefined) {
    row.figures.set('scipy', s.ms)
    row.totals.set('scipy', s.total)
  }
  const costRows = rowsOf(data, n, ints ? -1 : 1)
  const pkgReps = quick ? 1 : 3
  const mk = time(pkgReps, () => munkres(costRows))
  row.figures.set('munkres', mk.ms)
  row.totals.set('munkres', sumOf(data, n, mk.result))
  if (!quick || n <= 1000) {
    const plain = rowsOf(data, n, 1)
    const lsa = time(pkgReps, () => linearSumAssignment(plain, { maximaze: ints }))
    row.figures.set('linear-sum-assignment', lsa.ms)
    const a = lsa.result.rowAssignments
    row.totals.set('linear-sum-assignment', sumOf(data, n, Array.from(a, (j, i) => [i, j] as const)))
  }
  if (opts.munkresJs === true) {
    const arrays = costRows.map((r) => Array.from(r))
    const mj = time(1, () => munkresJs(arrays))
    row.figures.set('munkres-js', mj.ms)
    row.totals.set('munkres-js', sumOf(data, n, mj.result))
  }
  rows.push(row)
  report(row)
}


/**
 * An OR-Library sparse instance: ours in a process of its own (`bench/solve-sparse.ts`, warmed up
 * there), as SciPy's side runs in one, so neither inherits the memory of the dense cases before it.
 * 25 runs, not 7: a sparse solve's time depends on whether the memory it takes was used before
 * (see docs/performance.md, "Memory on this machine"), and 7 runs can all fall on one side.
 */
const orCase = (name: string): void => {
  const inst = readOrSparse(name)
  if (inst === undefined) {
    console.log(`${name} not found under ${orLibraryDir}: skipped`)
    return
  }
  const reps = quick ? 2 : 25
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'solve-sparse.ts'), name, String(reps)], { encoding: 'utf8' })
  type Figure = { ms: number; times: number[]; total: number | null }
  const ours = out.status === 0 ? (JSON.parse(out.stdout) as { lists: Figure; compressed: Figure }) : undefined
  if (ours === undefined) console.log(`${name}: our run failed: ${out.stderr}`)
  const s = scipy({ kind: 'sparse', name, rows: inst.n, cols: inst.n, maximize: false, reps }, inst.arcs)
  const names = { lists: `OR-Library ${name} (sparse, ${inst.arcs.length / 3} arcs)`, compressed: `OR-Library ${name}, compressed input (typed arrays, as SciPy's csr_matrix)` }
  for (const form of ['lists', 'compressed'] as const) {
    const r: Row = { name: names[form], figures: new Map(), totals: new Map() }
    const f = ours?.[form]
    if (f !== undefined && f.total !== null) {
      r.figures.set('ours', f.ms)
      r.totals.set('ours', f.total)
      if (verbose) console.log(`  times (ms): ${f.times.map((x) => x.toFixed(1)).join(' ')}`)
    }
    if (s !== undefined) {
      r.figures.set('scipy', s.ms)
      r.totals.set('scipy', s.total)
    }
    rows.push(r)
    report(r)
  }
  if (!quick && name === 'assignp5000') coldCase(name, inst)
}

/**
 * The first solve in a fresh process, ours (each input form in its own process) and SciPy's
 * (its first call): what a one-off run pays, JIT compilation and fresh memory included.
 */
const coldCase = (name: string, inst: { n: number; arcs: Float64Array }): void => {
  for (const form of ['lists', 'compressed'] as const) {
    const out = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'solve-cold.ts'), name, form], { encoding: 'utf8' })
    const r: Row = { name: `OR-Library ${name}, first solve in a fresh process (${form})`, figures: new Map(), totals: new Map() }
    if (out.status === 0) {
      const ours = JSON.parse(out.stdout) as { ms: number; total: number }
      r.figures.set('ours', ours.ms)
      r.totals.set('ours', ours.total)
    } else console.log(`cold run failed: ${out.stderr}`)
    const s = scipy({ kind: 'sparse', name, rows: inst.n, cols: inst.n, maximize: false, reps: 1 }, inst.arcs)
    if (s !== undefined) {
      r.figures.set('scipy', s.ms)
      r.totals.set('scipy', s.total)
    }
    rows.push(r)
    report(r)
  }
}


const programmeCase = (mentees: number, mentors: number, per: number): void => {
  const next = rng(7)
  const capacities = Array.from({ length: mentors }, () => 1 + Math.floor(next() * 5))
  const candidates: Candidate[][] = Array.from({ length: mentees }, () => {
    const picked = new Set<number>()
    while (picked.size < per) picked.add(Math.floor(next() * mentors))
    return [...picked].map((j) => [j, Math.round(next() * 1000) / 1000] as Candidate)
  })
  const reps = quick ? 2 : 5
  const r = time(reps, () => solveSparseAssignment(mentees, mentors, candidates, { capacities, maximize: true }))
  const row: Row = {
    name: `${mentees} x ${mentors}, capacity 1-5, ${per} candidates per row, maximise`,
    figures: new Map([['ours', r.ms]]),
    totals: new Map(E.isRight(r.result) ? [['ours', r.result.right.total]] : []),
  }
  rows.push(row)
  report(row)
}

/**
 * Let the JIT compile every JavaScript contender before anything is timed, and let the process
 * recycle memory as a running host does (`warmUpSparse`: sparse problems of the benchmark's own
 * sizes, not the OR-Library instances, from both input forms; the OR-Library cases warm up again
 * in their own process). On this virtual machine a page of memory the process never touched
 * before costs about 15 microseconds the first time (docs/performance.md). SciPy's process frees
 * its scratch arrays at once by reference counting; a JavaScript process frees them at its next
 * collection, so without a warm-up its first runs pay for fresh pages that Python's do not.
 */
function warmUp(): void {
  const n = 300
  const data = denseMatrix(n, 1, false)
  const rowsList = rowsOf(data, n, 1)
  for (let k = 0; k < 5; k++) {
    solveAssignment({ rows: n, cols: n, data })
    solveAssignment({ rows: n, cols: n, data: denseMatrix(n, 2, true) }, { maximize: true })
    munkres(rowsList)
    linearSumAssignment(rowsList, { maximaze: false })
  }
  warmUpSparse()
}

const COLUMNS = ['ours', 'scipy', 'munkres', 'linear-sum-assignment', 'munkres-js'] as const

const report = (row: Row): void => {
  const figs = COLUMNS.map((c) => {
    const ms = row.figures.get(c)
    return ms === undefined ? '-' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0)
  })
  const ours = row.totals.get('ours')
  const off = [...row.totals.entries()].filter(([, t]) => ours === undefined || Math.abs(t - ours) > 1e-6 * Math.max(1, Math.abs(ours)))
  console.log(`| ${row.name} | ${figs.join(' | ')} |${off.length > 0 ? ` totals differ: ${JSON.stringify(off)}` : ''}`)
}

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, node ${process.version}, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
console.log(`| instance (median ms) | ${COLUMNS.join(' | ')} |`)
console.log(`|---|${COLUMNS.map(() => '---:').join('|')}|`)
const cases: readonly (readonly [string, () => void])[] = [
  ['dense 200', () => denseCase(200, false, { munkresJs: true })],
  ['dense 1000', () => denseCase(1000, false)],
  ['dense 2000', () => denseCase(2000, false)],
  ['ints 1000', () => denseCase(1000, true)],
  ['ints 2000', () => denseCase(2000, true)],
  ['assignp5000', () => orCase('assignp5000')],
  // The smaller OR-Library sparse instances after it, so that their memory does not change its figure.
  ['assignp800', () => orCase('assignp800')],
  ['assignp1500', () => orCase('assignp1500')],
  ['assignp3000', () => orCase('assignp3000')],
  ['programme', () => programmeCase(10_000, 2_000, 50)],
]
warmUp()
for (const [name, run] of cases) if (name.includes(only)) run()
console.log(`load after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
rmSync(work, { recursive: true, force: true })
