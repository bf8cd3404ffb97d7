/**
 * Onboarding buddies (S3): every newcomer of the example company gets an experienced colleague,
 * preferably from their own team and location, with the load spread over the buddies.
 *
 * Run: npx tsx examples/onboarding-buddies.ts [nl]
 * Checks what it shows and exits non-zero when a fact does not hold.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { addMonths, explainMatching, match, parseOrganisation, parseProgramme, type Matching } from '../src/index.js'
import { matchingViolations } from '../src/testing/invariants.js'

const here = dirname(fileURLToPath(import.meta.url))
const lang = process.argv.includes('nl') ? 'nl' : 'en'
const asOf = '2026-11-01'
const failures: string[] = []
const check = (fact: string, holds: boolean): void => {
  if (!holds) failures.push(fact)
}

const parsed = parseOrganisation(JSON.parse(readFileSync(join(here, 'data', 'organisation.json'), 'utf8')), { asOf })
if (E.isLeft(parsed)) throw new Error('the example organisation does not parse')
const org = parsed.right
const nameOf = (id: string): string => org.index.employeeById.get(id as never)?.name ?? id

// Newcomers: less than 12 months in the organisation on the programme date.
const newcomers = org.employees.filter((e) => addMonths(e.startDate, 12) > asOf)
console.log(`Newcomers on ${asOf}: ${newcomers.map((e) => `${e.name} (${e.startDate})`).join(', ')}\n`)

// A buddy programme built in code: an encouraged (informal) level, so every employee ready for
// that level is in the pool; a buddy must have at least two years more at the company.
const programme = parseProgramme(
  {
    schemaVersion: 1,
    id: 'buddies-2026-11',
    name: 'Onboarding buddies',
    formality: 'encouraged',
    asOf,
    mentees: newcomers.map((e) => ({ employeeId: e.id, purpose: 'onboarding', topics: ['approach'] })),
    criteria: [
      { criterion: 'more-experienced', mode: 'require', params: { minYears: 2 } },
      { criterion: 'same-team', mode: 'prefer', weight: 3 },
      { criterion: 'same-location', mode: 'prefer', weight: 2 },
      { criterion: 'shared-language', mode: 'prefer', weight: 1 },
    ],
  },
  org,
)
if (E.isLeft(programme)) throw new Error(programme.left.issues.map((i) => i.message).join('\n'))
const p = programme.right

const run = (loadBalance: number): Matching => {
  const m = match(org, p, { loadBalance })
  if (E.isLeft(m)) throw new Error(`match refused: ${m.left.code}`)
  return m.right
}
const plain = run(0)
const spread = run(0.2)
const maxLoad = (m: Matching): number => Math.max(0, ...m.pairs.map((x) => m.pairs.filter((y) => y.mentorId === x.mentorId).length))

console.log(explainMatching(spread, lang, { nameOf, topReasons: 2 }))
console.log(
  `\nWithout load balance one buddy gets up to ${maxLoad(plain)} newcomers (total score ${plain.totalScore.toFixed(2)}): ` +
    'among equally good pairs the solver has no reason to spread. ' +
    `With loadBalance 0.2 each further newcomer of a buddy costs 0.2, and no buddy gets more than ${maxLoad(spread)} ` +
    `(total score ${spread.totalScore.toFixed(2)}).`,
)

for (const m of [plain, spread]) {
  check('the matching keeps every rule of the programme', matchingViolations(org, p, m).length === 0)
  check('every newcomer has a buddy', m.coverage === 1 && m.unmatched.length === 0)
  for (const pair of m.pairs) {
    const buddy = org.index.employeeById.get(pair.mentorId)
    const newcomer = org.index.employeeById.get(pair.menteeId)
    check(`${pair.mentorId} started at least two years before ${pair.menteeId}`, buddy !== undefined && newcomer !== undefined && addMonths(buddy.startDate, 24) <= newcomer.startDate)
  }
}
check('load balance never gives one buddy more newcomers', maxLoad(spread) <= maxLoad(plain))
check('load balance spreads the newcomers here', maxLoad(spread) < maxLoad(plain))
check('spreading costs score, never gains it (optimal without it maximises score)', spread.totalScore <= plain.totalScore + 1e-9)

if (failures.length > 0) {
  console.error(`\nFAILED:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
