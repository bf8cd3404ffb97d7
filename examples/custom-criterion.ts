/**
 * A host registers its own pairing criterion: "office days in common", from data the host keeps
 * itself (which days each employee is at the office). The criterion gets the same breakdown row
 * as a built-in one, with its reason, and counts in the score by the formula of CONTRACT
 * section 4. The script prints the breakdown in English and Dutch, checks every fact it shows,
 * and exits non-zero when one does not hold.
 *
 *   npx tsx examples/custom-criterion.ts
 */
import assert from 'node:assert/strict'
import * as E from 'fp-ts/lib/Either.js'
import { z } from 'zod'
import { defineCriterion, explainPairScore, parseOrganisation, parseProgramme, scorePair } from '../src/index.js'

// The host's own data: the days each employee is at the office.
const OFFICE_DAYS: Readonly<Record<string, readonly string[]>> = {
  e1: ['mon', 'tue', 'thu'],
  e2: ['wed', 'fri'],
  e5: ['tue', 'thu', 'fri'],
}
const daysOf = (id: string): readonly string[] => OFFICE_DAYS[id] ?? []

// raw = the share of the mentee's office days on which the mentor is there too.
const officeDays = defineCriterion({
  name: 'office-days',
  statements: ['S14'],
  params: z.strictObject({ minDays: z.int().min(1).max(5).default(1) }),
  mentorFacts: (m) => daysOf(m.employee.id),
  menteeFacts: (t) => daysOf(t.employee.id),
  evaluate: ({ mentor, mentee, params }) => {
    const common = mentee.filter((d) => mentor.includes(d))
    const raw = common.length >= params.minDays && mentee.length > 0 ? common.length / mentee.length : 0
    return { raw, reason: { common, menteeDays: mentee.length } }
  },
})

const org = parseOrganisation({
  schemaVersion: 1,
  teams: [
    { id: 'payments', name: 'Payments', managerId: 'e0' },
    { id: 'board', name: 'Board' },
  ],
  employees: [
    { id: 'e0', name: 'Marieke van Dijk', teamId: 'board', startDate: '2012-01-01' },
    { id: 'e1', name: 'Anouk de Vries', teamId: 'payments', managerId: 'e0', startDate: '2019-03-01', languages: ['nl', 'en'] },
    { id: 'e2', name: 'Bram Jansen', teamId: 'payments', managerId: 'e0', startDate: '2018-06-01', languages: ['nl'] },
    { id: 'e5', name: 'Sanne Bakker', teamId: 'payments', managerId: 'e0', startDate: '2026-05-01', languages: ['nl'] },
  ],
})
assert.ok(E.isRight(org), 'the organisation parses')

const programmeJson = {
  schemaVersion: 1,
  id: 'p-office',
  name: 'Buddies on the floor',
  formality: 'encouraged',
  asOf: '2026-11-01',
  mentees: [{ employeeId: 'e5', purpose: 'onboarding' }],
  mentors: ['e1', 'e2'],
  criteria: [
    { criterion: 'more-experienced', mode: 'require' },
    { criterion: 'office-days', mode: 'prefer', weight: 3, params: { minDays: 1 } },
    { criterion: 'same-team', mode: 'prefer', weight: 1 },
  ],
}

// Without registering it, the name is unknown: an issue with its path, not a throw.
const unregistered = parseProgramme(programmeJson, org.right)
assert.ok(E.isLeft(unregistered))
assert.deepEqual(
  unregistered.left.issues.map((i) => [i.code, i.path]),
  [['unknown-criterion', ['criteria', 1, 'criterion']]],
)

const programme = parseProgramme(programmeJson, org.right, { criteria: { 'office-days': officeDays } })
assert.ok(E.isRight(programme), 'the programme parses once the criterion is registered')

for (const mentor of ['e1', 'e2']) {
  const scored = scorePair(org.right, programme.right, mentor, 'e5', '2026-11-01')
  assert.ok(E.isRight(scored))
  const s = scored.right
  console.log(explainPairScore(s, 'en'))
  console.log(explainPairScore(s, 'nl'))
  console.log()

  // The facts the breakdown shows, recomputed here from the host's data.
  const common = daysOf('e5').filter((d) => daysOf(mentor).includes(d))
  const raw = common.length / daysOf('e5').length
  const row = s.breakdown.find((r) => r.criterion === 'office-days')
  assert.ok(row !== undefined, 'the custom criterion has its own breakdown row')
  assert.equal(row.raw, raw)
  assert.deepEqual(row.reason, { common, menteeDays: 3 })
  // W = 3 + 1: office days weigh 3/4, the same team 1/4 (all three are in payments).
  assert.equal(row.contribution, (3 * raw) / 4)
  assert.ok(s.eligible, 'both mentors started more than a year before Sanne')
  assert.ok(Math.abs(s.score - ((3 * raw) / 4 + 1 / 4)) < 1e-12)
  assert.equal(s.breakdown.map((r) => r.contribution).reduce((a, b) => a + b, 0), s.score)
}
console.log('All facts shown above hold.')
