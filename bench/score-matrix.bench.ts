/**
 * Score matrix benchmark: 2,000 mentors x 10,000 mentees (20 million pairs) on generated, seeded
 * data, with every built-in criterion. Prints time, pairs per second and memory; the figures go
 * into the "Scoring" section of docs/performance.md. Side by side, for the ratio: `scorePair` one
 * pair at a time on a sample.
 */
import * as E from 'fp-ts/lib/Either.js'
import { buildOrganisation } from '../src/model/build.js'
import { addDays, type IsoDate } from '../src/model/date.js'
import { employeeId, teamId } from '../src/model/ids.js'
import { COMPETENCIES, type Competency, type Employee, type Level, type Team } from '../src/model/organisation.js'
import { buildScoreMatrix } from '../src/pairing/score-matrix.js'
import { scorePair } from '../src/pairing/score-pair.js'
import { defaultPolicy } from '../src/programme/defaults.js'
import { TOPICS, type CriterionRule, type Programme } from '../src/programme/programme.js'
import { mulberry32 } from '../src/testing/generate.js'

const MENTORS = 2_000
const MENTEES = 10_000
const TEAM_SIZE = 25

/** A seeded generator (mulberry32), so every run uses the same data. */
const random = mulberry32(20261101)
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T
const level = (lo = 0, hi = 5): Level => int(lo, hi) as Level

const AREAS = ['typescript', 'sql', 'stakeholder-management', 'design', 'finance', 'sales', 'legal', 'data']
const LANGUAGES = ['nl', 'en', 'de', 'fr', 'tr', 'ar']
const LOCATIONS = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Eindhoven', 'Groningen']
const ASOF = '2026-11-01' as IsoDate

const person = (k: number, team: number, managerId: string | null, senior: boolean): Employee => {
  const start = addDays('2005-01-01' as IsoDate, senior ? int(0, 5000) : int(5000, 7900))
  return {
    id: employeeId(`e${k}`),
    name: `Employee ${k}`,
    teamId: teamId(`t${team}`),
    managerId: managerId === null ? null : employeeId(managerId),
    startDate: start,
    teamSince: addDays(start, int(0, 400)),
    expertise: Object.fromEntries(AREAS.filter(() => random() < 0.5).map((a) => [a, level(senior ? 1 : 0, senior ? 5 : 3)])),
    strategyInsight: level(senior ? 2 : 0, senior ? 5 : 3),
    competencies: Object.fromEntries(COMPETENCIES.map((c) => [c, level(senior ? 2 : 0)])) as Record<Competency, Level>,
    trainings: senior && random() < 0.8 ? [{ kind: 'coaching-techniques', completedOn: '2020-01-01' as IsoDate }] : [],
    mentorInterest: senior ? { interested: random() < 0.9, source: 'performance-review', recordedOn: '2026-02-01' as IsoDate } : null,
    mentorCapacity: senior ? int(1, 3) : 1,
    languages: LANGUAGES.filter((l, i) => i === 0 || random() < 0.25),
    location: pick(LOCATIONS),
  }
}

/** A director, one manager per team under them, and team members: mentors first, then mentees. */
const organisation = () => {
  const total = MENTORS + MENTEES
  const teams = Math.ceil(total / TEAM_SIZE)
  const employees: Employee[] = [person(0, 0, null, true)]
  const managers = Array.from({ length: teams }, (_, t) => `m${t}`)
  managers.forEach((m, t) => employees.push({ ...person(total + 1 + t, t, 'e0', true), id: employeeId(m) }))
  for (let k = 1; k <= total; k++) {
    const t = (k * 7919) % teams
    employees.push(person(k, t, managers[t] ?? null, k <= MENTORS))
  }
  const teamList: Team[] = managers.map((m, t) => ({ id: teamId(`t${t}`), name: `Team ${t}`, managerId: employeeId(m) }))
  return buildOrganisation(teamList, employees)
}

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
