/**
 * Who in the Payments team is ready to mentor in a formal programme, and what do the others lack?
 * Runs a readiness inventory (S11, S12, S15, S17) and prints it in Dutch and English, then shows
 * how a programme that only advises the training changes the picture. It checks every fact it
 * shows and exits non-zero when one does not hold.
 *
 *   npx tsx examples/readiness-inventory.ts
 */
import assert from 'node:assert/strict'
import * as E from 'fp-ts/lib/Either.js'
import {
  defaultPolicy,
  explainGap,
  explainInventory,
  overridePolicy,
  parseOrganisation,
  readinessInventory,
  type Readiness,
} from '../src/index.js'

const strong = { planning: 3, 'goal-setting': 4, didactics: 3, coaching: 3 }
const trained = [{ kind: 'coaching-techniques', completedOn: '2025-05-12' }]
const keen = (recordedOn: string) => ({ interested: true, source: 'performance-review', recordedOn })

const org = parseOrganisation({
  schemaVersion: 1,
  teams: [
    { id: 'payments', name: 'Betalingen', managerId: 'e0' },
    { id: 'board', name: 'Directie' },
  ],
  employees: [
    // The manager of Payments: no interest recorded, not trained; she leads the programme.
    { id: 'e0', name: 'Marieke van Dijk', teamId: 'board', startDate: '2012-01-01' },
    // Ready: five years in the team, skilled, trained, said yes in her performance review.
    { id: 'e1', name: 'Anouk de Vries', teamId: 'payments', managerId: 'e0', startDate: '2019-03-01',
      teamSince: '2021-01-01', competencies: strong, trainings: trained, mentorInterest: keen('2026-02-01') },
    // Keen and skilled, but joined the team on 1 March 2025: two years on 1 March 2027.
    { id: 'e2', name: 'Bram Jansen', teamId: 'payments', managerId: 'e0', startDate: '2018-06-01',
      teamSince: '2025-03-01', competencies: strong, trainings: trained, mentorInterest: keen('2026-03-15') },
    // Seasoned and keen, but not yet trained in coaching techniques, and didactics at 2.
    { id: 'e3', name: 'Chantal Bakker', teamId: 'payments', managerId: 'e0', startDate: '2015-09-01',
      competencies: { ...strong, didactics: 2 }, mentorInterest: keen('2026-01-20') },
    // Said in her goal-setting conversation that she would rather not mentor.
    { id: 'e4', name: 'Daan Visser', teamId: 'payments', managerId: 'e0', startDate: '2014-02-01',
      competencies: strong, trainings: trained,
      mentorInterest: { interested: false, source: 'goal-setting', recordedOn: '2026-01-10' } },
    // Never asked.
    { id: 'e5', name: 'Eva Smit', teamId: 'payments', managerId: 'e0', startDate: '2016-04-01',
      competencies: strong, trainings: trained },
  ],
})
if (E.isLeft(org)) throw new Error(`example organisation invalid: ${JSON.stringify(org.left.issues)}`)

const asOf = '2026-11-01'
const formal = defaultPolicy('formal')
const inventory = readinessInventory(org.right, formal, asOf)
if (E.isLeft(inventory)) throw new Error(JSON.stringify(inventory.left))

console.log(explainInventory(inventory.right, 'nl', org.right))
console.log('\n' + '-'.repeat(72) + '\n')
console.log(explainInventory(inventory.right, 'en', org.right))

// The facts shown above.
const members = inventory.right.teams[0]?.members ?? []
const of = (id: string): Readiness => {
  const r = members.find((m) => m.employeeId === id)
  assert.ok(r, `no readiness for ${id}`)
  return r
}
const codes = (id: string) => of(id).gaps.map((g) => g.code)
assert.deepEqual(members.filter((m) => m.status === 'ready').map((m) => m.employeeId), ['e1'])
assert.deepEqual(codes('e2'), ['tenure-below-minimum'])
assert.deepEqual(of('e2').gaps[0], { code: 'tenure-below-minimum', required: 2, actual: 1, metOn: '2027-03-01' })
assert.deepEqual(codes('e3'), ['competency-below-minimum', 'training-missing'])
assert.deepEqual(codes('e4'), ['not-interested'])
assert.deepEqual(codes('e5'), ['interest-missing'])
assert.equal(inventory.right.summary.ready, 1)
assert.equal(inventory.right.summary.total, 6)
assert.deepEqual(inventory.right.teams.map((t) => [t.teamName, t.summary.ready, t.summary.total]), [
  ['Betalingen', 1, 5],
  ['Directie', 0, 1],
])
const training = of('e3').gaps[1]
assert.ok(training)
assert.equal(explainGap(training, 'nl', formal), 'Nog geen training coachingstechnieken gevolgd (vereist voor een formeel programma).')

// A formal programme that only advises the training and the competencies (CONTRACT §5 `policy`):
// Chantal becomes ready, with advice; the others are unchanged.
const lenient = overridePolicy(formal, {
  mentor: { training: { requirement: 'advised' }, competencies: { requirement: 'advised' } },
})
if (E.isLeft(lenient)) throw new Error(JSON.stringify(lenient.left))
const again = readinessInventory(org.right, lenient.right, asOf)
if (E.isLeft(again)) throw new Error(JSON.stringify(again.left))
const chantal = again.right.teams[0]?.members.find((m) => m.employeeId === 'e3')
assert.equal(chantal?.status, 'ready')
assert.deepEqual(chantal?.advice.map((g) => g.code), ['competency-below-minimum', 'training-missing'])
assert.equal(again.right.summary.ready, 2)

console.log('\n' + '-'.repeat(72) + '\n')
console.log(explainInventory(again.right, 'nl', org.right))
console.log('\nAll facts checked.')
