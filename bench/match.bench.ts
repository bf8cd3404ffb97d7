/**
 * `match` end to end (scoring included): 10,000 mentees x 2,000 mentors with capacity 1-5 and
 * about 50 eligible mentors per mentee, on generated, seeded data (no Math.random). Runs optimal
 * (with and without load balance), stable and greedy side by side, so that their ratios hold on a
 * busy machine, and prints the median and fastest of a few runs with coverage and totals. The
 * figures go into the "Matching end to end" section of docs/performance.md.
 *
 * Usage: npm run bench -- match      (or MATCH_RUNS=5 for more runs)
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Instance } from '../src/matching/instance.js'
import { match } from '../src/matching/match.js'
import type { Matching, MatchOptions } from '../src/matching/matching.js'
import { solveOptimal } from '../src/matching/optimal.js'
import { candidateLists } from '../src/pairing/candidates.js'
import { buildScoreMatrix } from '../src/pairing/score-matrix.js'
import { parseProgramme } from '../src/programme/parse-programme.js'
import { TOPICS } from '../src/programme/programme.js'
import { mulberry32 } from '../src/testing/generate.js'
import { AREAS, rngOf, syntheticOrganisation, type Traits } from './synthetic-organisation.js'

const MENTORS = 2_000
const MENTEES = 10_000
const LOCATIONS = 40 // same-location is required: about 2,000 / 40 = 50 eligible mentors per mentee
const TEAM_SIZE = 25
const RUNS = Number(process.env['MATCH_RUNS'] ?? 3)
const ONLY_DENSITY = process.env['MATCH_ONLY_DENSITY'] === '1'

const r = rngOf(20261101)
const { random, int } = r

/** Mentors without training or recorded interest, 1-5 places each; one of 40 locations. */
const traits: Traits = {
  before: (mentor) => ({ trainings: [], mentorInterest: null, mentorCapacity: mentor ? int(1, 5) : 1 }),
  location: () => `L${int(0, LOCATIONS - 1)}`,
}

/** A director, a manager per team, and team members: mentors e1..e2000, then mentees. */
const organisation = () => syntheticOrganisation(r, { mentors: MENTORS, mentees: MENTEES, teamSize: TEAM_SIZE }, traits)

const programmeInput = () => ({
  schemaVersion: 1,
  id: 'bench',
  name: 'Benchmark programme',
  formality: 'structured',
  asOf: '2026-11-01',
  mentors: Array.from({ length: MENTORS }, (_, k) => `e${k + 1}`),
  mentees: Array.from({ length: MENTEES }, (_, k) => ({
    employeeId: `e${MENTORS + 1 + k}`,
    purpose: k % 3 === 0 ? 'onboarding' : 'development',
    developmentAreas: AREAS.filter(() => random() < 0.25),
    topics: TOPICS.filter(() => random() < 0.5),
  })),
  criteria: [
    { criterion: 'same-location', mode: 'require' },
    { criterion: 'expertise-coverage', mode: 'prefer', weight: 4 },
    { criterion: 'topic-strength', mode: 'prefer', weight: 3 },
    { criterion: 'same-team', mode: 'prefer', weight: 2 },
    { criterion: 'more-experienced', mode: 'prefer', weight: 2 },
    { criterion: 'shared-language', mode: 'prefer', weight: 1 },
    { criterion: 'mutual-affinity', mode: 'prefer', weight: 1 },
  ],
  affinities: Array.from({ length: 500 }, () => ({ a: `e${int(1, MENTORS)}`, b: `e${int(MENTORS + 1, MENTORS + MENTEES)}`, source: 'observed' })),
})

const time = <T>(f: () => T): { value: T; ms: number } => {
  const t0 = performance.now()
  const value = f()
  return { value, ms: performance.now() - t0 }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

const endToEnd = (): void => {
  const org = organisation()
  const parsed = parseProgramme(programmeInput(), org)
  if (E.isLeft(parsed)) throw new Error(JSON.stringify(parsed.left.issues.slice(0, 3)))
  const programme = parsed.right

  const scoring = time(() => buildScoreMatrix(org, programme))
  if (E.isLeft(scoring.value)) throw new Error('scoring failed')
  const m = scoring.value.right
  let cells = 0
  for (const c of m.eligibleCount) cells += c
  const places = m.capacities.reduce((s, c) => s + c, 0)
  console.log(`${MENTEES} mentees x ${MENTORS} mentors, ${places} places, ${cells} eligible pairs (${(cells / MENTEES).toFixed(1)} per mentee)`)
  console.log(`buildScoreMatrix alone: ${scoring.ms.toFixed(0)} ms`)

  const cases: readonly [string, MatchOptions][] = [
    ['optimal', { strategy: 'optimal' }],
    ['optimal, loadBalance 0.05', { strategy: 'optimal', loadBalance: 0.05 }],
    ['stable', { strategy: 'stable' }],
    ['greedy', { strategy: 'greedy' }],
  ]
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]))
  const results = new Map<string, Matching>()
  for (let run = 0; run < RUNS; run++) {
    for (const [name, options] of cases) {
      const r = time(() => match(org, programme, options))
      if (E.isLeft(r.value)) throw new Error(`${name}: ${r.value.left.code}`)
      times.get(name)?.push(r.ms)
      results.set(name, r.value.right)
    }
  }
  for (const [name] of cases) {
    const ms = times.get(name) ?? []
    const r = results.get(name)
    if (r === undefined) continue
    const maxLoad = Math.max(...Object.values(r.mentorLoad))
    const price = r.comparedToOptimal === undefined ? '' : `, coverage lost ${(r.comparedToOptimal.coverageLost * 100).toFixed(2)} pt, score lost ${r.comparedToOptimal.scoreLost.toFixed(2)}`
    console.log(
      `match ${name.padEnd(26)} median ${median(ms).toFixed(0).padStart(6)} ms, fastest ${Math.min(...ms).toFixed(0).padStart(6)} ms` +
        ` | ${r.pairs.length} pairs, coverage ${(r.coverage * 100).toFixed(2)}%, total ${r.totalScore.toFixed(2)}, max load ${maxLoad}${price}`,
    )
  }
}

// ── Dense or sparse: where the optimal strategy switches solvers ─────────────────────────────
// 3,000 mentees x 600 mentors (capacity 1-3), scores from a seeded hash, eligibility at several
// densities; the same instance solved by both solvers, side by side.
const densityCase = (density: number): Instance => {
  const rows = 3_000
  const cols = 600
  const data = new Float64Array(rows * cols)
  const eligibleCount = new Int32Array(rows)
  const rnd = mulberry32(Math.round(density * 1e6))
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const ok = rnd() < density
      data[i * cols + j] = ok ? Math.floor(rnd() * 1000) / 1000 : -Infinity
      if (ok) eligibleCount[i] = (eligibleCount[i] ?? 0) + 1
    }
  }
  const capacities = Int32Array.from({ length: cols }, () => int(1, 3))
  const matrix = { rows, cols, data, eligibleCount, candidateLists: () => candidateLists(data, rows, cols, eligibleCount) }
  return {
    matrix: matrix as unknown as Instance['matrix'],
    candidates: matrix.candidateLists(),
    locked: new Int32Array(rows).fill(-1),
    free: Int32Array.from({ length: rows }, (_, i) => i),
    room: capacities,
    before: new Int32Array(cols),
  }
}
const solverChoice = (): void => {
  console.log('\nOptimal solver by share of eligible cells (3,000 x 600, capacity 1-3):')
  for (const density of [0.02, 0.05, 0.1, 0.15, 0.25, 0.5, 1]) {
    const inst = densityCase(density)
    const dense: number[] = []
    const sparse: number[] = []
    for (let run = 0; run < 3; run++) {
      dense.push(time(() => solveOptimal(inst, 0, 'dense')).ms)
      sparse.push(time(() => solveOptimal(inst, 0, 'sparse')).ms)
    }
    const line = (xs: number[]): string => `${median(xs).toFixed(0).padStart(6)} ms (fastest ${Math.min(...xs).toFixed(0)})`
    console.log(`  ${(density * 100).toFixed(0).padStart(3)}% eligible: dense ${line(dense)}, sparse ${line(sparse)}`)
  }
}

if (!ONLY_DENSITY) endToEnd()
solverChoice()
