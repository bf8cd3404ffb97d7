/**
 * Score matrix benchmark: 2,000 mentors x 10,000 mentees (20 million pairs) on generated, seeded
 * data, with every built-in criterion. Prints time, pairs per second and memory; the figures go
 * into the "Scoring" section of docs/performance.md. Side by side, for the ratio: `scorePair` one
 * pair at a time on a sample.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../src/model/date.js'
import { employeeId } from '../src/model/ids.js'
import { buildScoreMatrix } from '../src/pairing/score-matrix.js'
import { scorePair } from '../src/pairing/score-pair.js'
import { defaultPolicy } from '../src/programme/defaults.js'
import { TOPICS, type CriterionRule, type Programme } from '../src/programme/programme.js'
import { AREAS, rngOf, syntheticOrganisation, type Traits } from './synthetic-organisation.js'

const MENTORS = 2_000
const MENTEES = 10_000
const TEAM_SIZE = 25

const r = rngOf(20261101)
const { random, int, pick } = r

const LOCATIONS = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Eindhoven', 'Groningen']
const ASOF = '2026-11-01' as IsoDate

/** Seniors mostly trained and interested, 1-3 places each; one of five cities. */
const traits: Traits = {
  before: (senior) => ({
    trainings: senior && random() < 0.8 ? [{ kind: 'coaching-techniques', completedOn: '2020-01-01' as IsoDate }] : [],
    mentorInterest: senior ? { interested: random() < 0.9, source: 'performance-review', recordedOn: '2026-02-01' as IsoDate } : null,
    mentorCapacity: senior ? int(1, 3) : 1,
  }),
  location: () => pick(LOCATIONS),
}

/** A director, one manager per team under them, and team members: mentors first, then mentees. */
const organisation = () => syntheticOrganisation(r, { mentors: MENTORS, mentees: MENTEES, teamSize: TEAM_SIZE }, traits)

const criteria: CriterionRule[] = [
  { criterion: 'not-reporting-line', mode: 'require', weight: 0, params: {} },
  { criterion: 'more-experienced', mode: 'require', weight: 0, params: { minYears: 1 } },
  { criterion: 'mentor-ready', mode: 'require', weight: 0, params: {} },
  { criterion: 'expertise-coverage', mode: 'prefer', weight: 5, params: {} },
  { criterion: 'topic-strength', mode: 'prefer', weight: 4, params: {} },
  { criterion: 'same-team', mode: 'prefer', weight: 2, params: {} },
  { criterion: 'mutual-affinity', mode: 'prefer', weight: 2, params: {} },
  { criterion: 'shared-language', mode: 'prefer', weight: 1, params: {} },
  { criterion: 'same-location', mode: 'avoid', weight: 1, params: {} },
]

const programmeOf = (): Programme => {
  const mentees = Array.from({ length: MENTEES }, (_, k) => ({
    employeeId: employeeId(`e${MENTORS + 1 + k}`),
    purpose: random() < 0.5 ? ('onboarding' as const) : ('development' as const),
    developmentAreas: AREAS.filter(() => random() < 0.25),
    topics: TOPICS.filter(() => random() < 0.5),
  }))
  const affinities = Array.from({ length: 5_000 }, () => ({
    a: employeeId(`e${int(1, MENTORS)}`),
    b: employeeId(`e${int(MENTORS + 1, MENTORS + MENTEES)}`),
    source: random() < 0.5 ? ('observed' as const) : ('nominated' as const),
  }))
  const pairs = (n: number) =>
    Array.from({ length: n }, (_, k) => ({ mentorId: employeeId(`e${1 + ((k * 37) % MENTORS)}`), menteeId: employeeId(`e${MENTORS + 1 + k}`) }))
  return {
    schemaVersion: 1,
    id: 'bench',
    name: 'Benchmark',
    formality: 'formal',
    asOf: ASOF,
    managerId: null,
    policy: defaultPolicy('formal'),
    mentees,
    mentors: Array.from({ length: MENTORS }, (_, k) => employeeId(`e${k + 1}`)),
    criteria,
    affinities,
    locked: [],
    forbidden: pairs(2_000),
    existing: pairs(500),
    customCriteria: {},
  }
}

const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`
const memory = (label: string): void => {
  const m = process.memoryUsage()
  console.log(`${label.padEnd(22)} rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)}, array buffers ${mb(m.arrayBuffers)}`)
}

const org = organisation()
const programme = programmeOf()
memory('before')
const cpu0 = process.cpuUsage()
const t0 = performance.now()
const built = buildScoreMatrix(org, programme)
const t1 = performance.now()
const cpu = process.cpuUsage(cpu0)
if (E.isLeft(built)) throw new Error(JSON.stringify(built.left))
const m = built.right
memory('after the matrix')
const pairs = m.rows * m.cols
const eligible = m.eligibleCount.reduce((s, n) => s + n, 0)
const seconds = (t1 - t0) / 1000
console.log(`matrix: ${m.cols} mentors x ${m.rows} mentees = ${pairs.toLocaleString('en')} pairs in ${seconds.toFixed(2)} s`)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
console.log(`        ${Math.round(pairs / seconds).toLocaleString('en')} pairs/s; ${((100 * eligible) / pairs).toFixed(1)}% eligible`)
console.log(`        CPU time ${cpuSeconds.toFixed(2)} s (${Math.round(pairs / cpuSeconds).toLocaleString('en')} pairs per CPU second)`)

const t2 = performance.now()
const csr = m.candidateLists()
const t3 = performance.now()
console.log(`candidate lists (CSR): ${csr.mentors.length.toLocaleString('en')} candidates in ${((t3 - t2) / 1000).toFixed(2)} s`)
memory('after the lists')

const SAMPLE = 500
const t4 = performance.now()
for (let k = 0; k < SAMPLE; k++) m.pairScore(k % m.rows, (k * 13) % m.cols)
const t5 = performance.now()
console.log(`pairScore on demand: ${((1000 * (t5 - t4)) / SAMPLE).toFixed(1)} µs per pair (${SAMPLE} pairs)`)

const t6 = performance.now()
for (let k = 0; k < SAMPLE; k++) scorePair(org, programme, m.mentorIds[(k * 13) % m.cols] ?? '', m.menteeIds[k % m.rows] ?? '', ASOF)
const t7 = performance.now()
const perPair = (t7 - t6) / SAMPLE
console.log(`scorePair one by one: ${(1000 * perPair).toFixed(1)} µs per pair; the matrix is ${Math.round((perPair * pairs) / (t1 - t0))}x faster per pair`)
