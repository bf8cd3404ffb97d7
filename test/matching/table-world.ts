/**
 * Small programmes whose scores and eligibility are drawn directly: a flat organisation (no
 * reporting lines), a host criterion `table` that yields the drawn score and a host criterion
 * `allowed` (required) that yields the drawn eligibility. Many mentees compete for few places, so
 * strategies differ and brute force has work to do.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { z } from 'zod'
import { buildOrganisation } from '../../src/model/build.js'
import { employeeId, teamId } from '../../src/model/ids.js'
import { COMPETENCIES, type Employee, type Organisation } from '../../src/model/organisation.js'
import { defineCriterion } from '../../src/pairing/criterion.js'
import { parseProgramme } from '../../src/programme/parse-programme.js'
import type { Programme } from '../../src/programme/programme.js'

export interface TableWorld {
  readonly org: Organisation
  readonly programme: Programme
}

const person = (id: string, capacity: number): Employee => ({
  id: employeeId(id),
  name: id,
  teamId: teamId('t'),
  managerId: null,
  startDate: '2015-01-01' as Employee['startDate'],
  teamSince: '2015-01-01' as Employee['teamSince'],
  expertise: {},
  strategyInsight: 0,
  competencies: Object.fromEntries(COMPETENCIES.map((c) => [c, 0])) as Employee['competencies'],
  trainings: [],
  mentorInterest: null,
  mentorCapacity: capacity,
  languages: [],
  location: null,
})

const key = (mentor: string, mentee: string): string => JSON.stringify([mentor, mentee])

const tableCriterion = (name: string, table: ReadonlyMap<string, number>) =>
  defineCriterion({
    name,
    statements: [],
    params: z.strictObject({}),
    mentorFacts: (m) => m.employee.id as string,
    menteeFacts: (t) => t.employee.id as string,
    evaluate: ({ mentor, mentee }) => ({ raw: table.get(key(mentor, mentee)) ?? 0, reason: { mentor, mentee } }),
  })

export interface TableOptions {
  readonly maxMentees?: number
  readonly maxMentors?: number
  /** Scores on a grid of quarters (many ties) or any double in [0, 1]. */
  readonly ties?: boolean
}

/** Ids whose order differs from their creation order, some of them tricky as object keys. */
const ID_POOL = ['m', 'b', '__proto__', 'x', 'constructor', 'a', 'k', 'toString', 'c', 'z', 'q', 'd'] as const

export const arbTableWorld = (o: TableOptions = {}): fc.Arbitrary<TableWorld> =>
  fc
    .record({
      ids: fc.shuffledSubarray([...ID_POOL], { minLength: 12, maxLength: 12 }),
      mentees: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 0, max: 1 }) }, { weight: 4, arbitrary: fc.integer({ min: 2, max: o.maxMentees ?? 6 }) }),
      mentors: fc.integer({ min: 1, max: o.maxMentors ?? 4 }),
      capacities: fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 3 })), { minLength: 6, maxLength: 6 }),
      allowed: fc.array(fc.oneof(fc.constant(true), fc.boolean()), { minLength: 36, maxLength: 36 }),
      scores: fc.array(o.ties === false ? fc.double({ min: 0, max: 1, noNaN: true }) : fc.integer({ min: 0, max: 4 }).map((k) => k / 4), {
        minLength: 36,
        maxLength: 36,
      }),
      forbidden: fc.array(fc.nat({ max: 35 }), { maxLength: 2 }),
      existing: fc.array(fc.nat({ max: 5 }), { maxLength: 3 }),
      locked: fc.array(fc.nat({ max: 35 }), { maxLength: 3 }),
    })
    .map((x) => build(x))
    .filter((w): w is TableWorld => w !== undefined)

interface Draw {
  readonly ids: readonly string[]
  readonly mentees: number
  readonly mentors: number
  readonly capacities: readonly number[]
  readonly allowed: readonly boolean[]
  readonly scores: readonly number[]
  readonly forbidden: readonly number[]
  readonly existing: readonly number[]
  readonly locked: readonly number[]
}

const build = (x: Draw): TableWorld | undefined => {
  const mentees = x.ids.slice(0, x.mentees)
  const mentors = x.ids.slice(6, 6 + x.mentors)
  const outsider = x.ids[11] ?? 'outsider'
  const cell = (k: number) => ({ i: Math.floor(k / 6) % Math.max(1, mentees.length), j: k % Math.max(1, mentors.length) })
  const scores = new Map<string, number>()
  const allowed = new Map<string, number>()
  mentees.forEach((t, i) =>
    mentors.forEach((m, j) => {
      scores.set(key(m, t), x.scores[i * 6 + j] ?? 0)
      allowed.set(key(m, t), x.allowed[i * 6 + j] === false ? 0 : 1)
    }),
  )
  const people = [...mentees.map((t) => person(t, 0)), ...mentors.map((m, j) => person(m, x.capacities[j] ?? 0)), person(outsider, 0)]
  const org = buildOrganisation([{ id: teamId('t'), name: 'T', managerId: null }], people)
  const pair = (k: number) => {
    const { i, j } = cell(k)
    return { mentorId: mentors[j] ?? '', menteeId: mentees[i] ?? '' }
  }
  const forbidden = mentees.length === 0 ? [] : [...new Map(x.forbidden.map((k) => [k % 36, pair(k)])).values()]
  const load = mentors.map(() => 0)
  const existing = x.existing.flatMap((j) => {
    const m = j % mentors.length
    if ((load[m] ?? 0) >= (x.capacities[m] ?? 0) || load[m] === 1) return []
    load[m] = (load[m] ?? 0) + 1
    return [{ mentorId: mentors[m] ?? '', menteeId: outsider }]
  })
  const lockedRows = new Set<string>()
  const locked = mentees.length === 0 ? [] : x.locked.flatMap((k) => {
    const p = pair(k)
    const { j } = cell(k)
    const ok =
      !lockedRows.has(p.menteeId) &&
      allowed.get(key(p.mentorId, p.menteeId)) === 1 &&
      !forbidden.some((f) => f.mentorId === p.mentorId && f.menteeId === p.menteeId) &&
      (load[j] ?? 0) < (x.capacities[j] ?? 0)
    if (!ok) return []
    lockedRows.add(p.menteeId)
    load[j] = (load[j] ?? 0) + 1
    return [p]
  })
  const input = {
    schemaVersion: 1,
    id: 'table',
    name: 'Table',
    formality: 'structured',
    asOf: '2026-01-01',
    mentees: mentees.map((employeeId) => ({ employeeId, purpose: 'development' })),
    mentors,
    criteria: [
      { criterion: 'table', mode: 'prefer', weight: 1 },
      { criterion: 'allowed', mode: 'require', weight: 0 },
    ],
    forbidden,
    existing,
    locked,
  }
  const parsed = parseProgramme(input, org, { criteria: { table: tableCriterion('table', scores), allowed: tableCriterion('allowed', allowed) } })
  return E.isRight(parsed) ? { org, programme: parsed.right } : undefined
}
