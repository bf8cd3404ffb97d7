/**
 * The price of stability on a small case of the example company: three mentees, two mentors.
 * Pieter Smit and Joost Bakker like each other best, so a stable matching keeps them together,
 * and Noor Bos, whom only Joost may mentor, is left out. The optimal matching sends Pieter to his
 * second choice, Henk Jansen, and places all three.
 *
 * Run: npx tsx examples/optimal-vs-stable.ts [nl]
 * Checks what it shows and exits non-zero when a fact does not hold.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { explainMatching, match, parseOrganisation, parseProgramme, scorePair, type Matching } from '../src/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const read = (file: string): unknown => JSON.parse(readFileSync(join(here, 'data', file), 'utf8')) as unknown
const lang = process.argv.includes('nl') ? 'nl' : 'en'
const failures: string[] = []
const check = (fact: string, holds: boolean): void => {
  if (!holds) failures.push(fact)
}

const parsed = parseOrganisation(read('organisation.json'))
if (E.isLeft(parsed)) throw new Error('the example organisation does not parse')
const org = parsed.right
const nameOf = (id: string): string => org.index.employeeById.get(id as never)?.name ?? id

// The autumn programme of examples/data, cut down to three mentees and two mentors.
const autumn = read('programme.json') as { mentees: { employeeId: string }[] }
const small = parseProgramme(
  {
    ...autumn,
    id: 'price-of-stability',
    mentees: autumn.mentees.filter((m) => ['e03', 'e04', 'e15'].includes(m.employeeId)),
    mentors: ['e01', 'e10'],
    forbidden: [],
    existing: [],
  },
  org,
)
if (E.isLeft(small)) throw new Error(small.left.issues.map((i) => i.message).join('\n'))
const p = small.right

const score = (mentor: string, mentee: string): number | undefined => {
  const s = scorePair(org, p, mentor, mentee, p.asOf)
  return E.isRight(s) && s.right.eligible ? s.right.score : undefined
}
const run = (strategy: 'optimal' | 'stable'): Matching => {
  const m = match(org, p, { strategy })
  if (E.isLeft(m)) throw new Error(`match refused: ${m.left.code}`)
  return m.right
}
const optimal = run('optimal')
const stable = run('stable')

console.log(explainMatching(optimal, lang, { nameOf, topReasons: 1 }))
console.log()
console.log(explainMatching(stable, lang, { nameOf, topReasons: 1 }))

/** Pairs that would both rather be together than what `m` gives them (by score). */
const blocking = (m: Matching): string[] =>
  p.mentees.flatMap(({ employeeId: mentee }) =>
    p.mentors.flatMap((mentor) => {
      const s = score(mentor, mentee)
      const mine = m.pairs.find((x) => x.menteeId === mentee)
      if (s === undefined || mine?.mentorId === mentor || (mine !== undefined && mine.score >= s)) return []
      const held = m.pairs.filter((x) => x.mentorId === mentor).map((x) => x.score)
      const capacity = org.index.employeeById.get(mentor)?.mentorCapacity ?? 0
      return held.length < capacity || held.some((h) => h < s) ? [`${nameOf(mentor)} and ${nameOf(mentee)}`] : []
    }),
  )
console.log(`\nIn the optimal matching, these would rather be together: ${blocking(optimal).join('; ')}.`)

// Joost (e01, two places) and Henk (e10, one place); Noor (e15) may only have Joost.
check('Henk may not mentor Noor, Joost may', score('e10', 'e15') === undefined && score('e01', 'e15') !== undefined)
check('Pieter prefers Joost to Henk', (score('e01', 'e03') ?? 0) > (score('e10', 'e03') ?? 1))
check('Joost prefers Pieter and Sanne to Noor', (score('e01', 'e03') ?? 0) > (score('e01', 'e15') ?? 1) && (score('e01', 'e04') ?? 0) > (score('e01', 'e15') ?? 1))
check('optimal places all three mentees', optimal.pairs.length === 3 && optimal.coverage === 1)
check('stable places two and leaves Noor out', stable.pairs.length === 2 && stable.unmatched.map((u) => u.menteeId).join() === 'e15')
check("Noor's places went to Pieter and Sanne", JSON.stringify(stable.unmatched[0]?.reasons) === JSON.stringify([{ code: 'places-taken', mentors: [{ mentorId: 'e01', menteeIds: ['e03', 'e04'] }] }]))
check('stable has no blocking pair', blocking(stable).length === 0)
check('the optimal matching is not stable: Joost and Pieter block it', blocking(optimal).join() === `${nameOf('e01')} and ${nameOf('e03')}`)
check(
  'comparedToOptimal is the difference of the two',
  stable.comparedToOptimal?.coverageLost === 1 / 3 && stable.comparedToOptimal.scoreLost === optimal.totalScore - stable.totalScore,
)
check('stability costs score here too', (stable.comparedToOptimal?.scoreLost ?? 0) > 0)

if (failures.length > 0) {
  console.error(`\nFAILED:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
