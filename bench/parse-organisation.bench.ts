/**
 * Parsing a generated organisation of 100,000 employees (every optional field in use, chains about
 * 12 deep), built deterministically by a seeded generator. Side by side in one process, so that
 * the ratios stay meaningful on a busy machine:
 * - `parseOrganisation` on valid input (the fast path: hand-written structure check, referential
 *   checks, normalising, index);
 * - zod's `safeParse` alone on the same input (what a zod-only structure check costs);
 * - `parseOrganisation` on the same input with two problems, an unknown key and a dangling manager
 *   (the error path: zod for the structural issues, then the referential checks).
 * Prints the median and the spread of wall time and of this process's CPU time over several runs.
 */
import { cpus, loadavg } from 'node:os'
import * as E from 'fp-ts/lib/Either.js'
import { parseOrganisation } from '../src/model/parse.js'
import { OrganisationSchema } from '../src/model/schema.js'
import { generateOrganisationInput } from '../src/testing/generate.js'

const EMPLOYEES = 100_000
const RUNS = 7
const WARM_UP = 2

const input = generateOrganisationInput({ employees: EMPLOYEES, seed: 42 })
const employees = input['employees'] as Record<string, unknown>[]
const broken = {
  ...input,
  employees: employees.map((e, i) => (i === 10 ? { ...e, nickname: 'x' } : i === EMPLOYEES / 2 ? { ...e, managerId: 'nobody' } : e)),
}

interface Sample {
  readonly wall: number
  readonly cpu: number
}

const measure = (run: () => unknown): Sample => {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  run()
  const wall = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { wall, cpu: (cpu.user + cpu.system) / 1000 }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? Number.NaN
}

const cases: readonly (readonly [string, () => unknown])[] = [
  ['parseOrganisation, valid input', () => parseOrganisation(input, { asOf: '2026-01-01' })],
  ['zod safeParse alone, same input', () => OrganisationSchema.safeParse(input)],
  ['parseOrganisation, two problems', () => parseOrganisation(broken, { asOf: '2026-01-01' })],
]

const check = parseOrganisation(input, { asOf: '2026-01-01' })
if (E.isLeft(check) || check.right.employees.length !== EMPLOYEES) throw new Error('the generated input must parse')
const failing = parseOrganisation(broken)
if (E.isRight(failing) || failing.left.issues.length !== 2) throw new Error('the broken input must have two issues')

const samples = new Map<string, Sample[]>(cases.map(([name]) => [name, []]))
for (let r = 0; r < WARM_UP + RUNS; r++) {
  for (const [name, run] of cases) {
    const s = measure(run)
    if (r >= WARM_UP) samples.get(name)?.push(s)
  }
}

console.log(`${EMPLOYEES.toLocaleString('en')} employees, ${RUNS} runs after ${WARM_UP} warm-up runs, interleaved`)
console.log(`Node.js ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
for (const [name, xs] of samples) {
  const wall = xs.map((x) => x.wall)
  const cpu = xs.map((x) => x.cpu)
  console.log(
    `${name.padEnd(42)} wall median ${median(wall).toFixed(0).padStart(5)} ms (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)})` +
      `   cpu median ${median(cpu).toFixed(0).padStart(5)} ms`,
  )
}
