/**
 * `npm run demo`: the whole story on the example company in examples/data/.
 * Usage: npm run demo [-- --lang nl]
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  defaultPolicy,
  explain,
  match,
  parseOrganisation,
  parseProgramme,
  programmeReport,
  readinessInventory,
  replay,
} from '../src/index.js'
import { renderMatching } from '../src/cli/render-matching.js'
import { renderInventory } from '../src/cli/render-inventory.js'
import { summariseOrganisation } from '../src/model/summary.js'
import { parseIsoDate } from '../src/model/date.js'
import { renderSummary } from '../src/cli/render-summary.js'

const here = dirname(fileURLToPath(import.meta.url))
const read = (file: string): unknown => JSON.parse(readFileSync(join(here, 'data', file), 'utf8')) as unknown
const lang = process.argv.includes('nl') || process.env['LANG']?.startsWith('nl') === true ? 'nl' : 'en'
const asOfText = '2026-11-01'
const asOf = parseIsoDate(asOfText)
if (asOf === undefined) throw new Error('bad date')

const section = (title: string): void => console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}\n`)

section(`1. The organisation, as of ${asOfText}`)
const parsed = parseOrganisation(read('organisation.json'), { asOf: asOfText })
if (parsed._tag === 'Left') {
  for (const i of parsed.left.issues) console.error(i.path.join('.'), i.message)
  process.exit(1)
}
const org = parsed.right
console.log(renderSummary(summariseOrganisation(org, asOf), lang))

section('2. Who is ready to mentor in a formal programme, and what is missing')
const inventory = readinessInventory(org, defaultPolicy('formal'), asOfText)
if (inventory._tag === 'Left') {
  console.error(inventory.left)
  process.exit(1)
}
console.log(renderInventory(inventory.right, org, lang))

section('3. Proposed pairs for the autumn programme, and the price of stability')
const programme = parseProgramme(read('programme.json'), org)
if (programme._tag === 'Left') {
  console.error(explain(programme.left, lang))
  process.exit(1)
}
const optimal = match(org, programme.right)
const stable = match(org, programme.right, { strategy: 'stable' })
if (optimal._tag === 'Left' || stable._tag === 'Left') {
  console.error('matching failed')
  process.exit(1)
}
console.log(renderMatching(optimal.right, org, lang))
console.log(`\n${renderMatching(stable.right, org, lang).split('\n\n').pop() ?? ''}`)

section('4. Running mentorships: what the manager sees, as of the same day')
const log = replay(read('events.json'), { org })
if (log._tag === 'Left') {
  console.error(explain(log.left, lang))
  process.exit(1)
}
const report = programmeReport(org, log.right.mentorships, defaultPolicy('formal'), asOfText)
if (report._tag === 'Left') {
  console.error(explain(report.left, lang))
  process.exit(1)
}
console.log(explain(report.right, lang))
