/**
 * `npx tsx scripts/generate-diagrams.ts`: writes the Mermaid diagram of every machine listed in
 * `scripts/diagrams.ts` into its section of the docs. With `--check`, writes nothing and exits 1
 * when a committed diagram is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DIAGRAMS, withDiagram } from './diagrams.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
let stale = 0
for (const { machine, file, heading } of DIAGRAMS) {
  const path = join(root, file)
  const before = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const after = withDiagram(before, heading, machine.toMermaid())
  if (after === before) {
    console.log(`up to date  ${file}  ${machine.name}`)
    continue
  }
  stale += 1
  if (check) console.log(`STALE       ${file}  ${machine.name}`)
  else {
    writeFileSync(path, after)
    console.log(`written     ${file}  ${machine.name}`)
  }
}
process.exit(check && stale > 0 ? 1 : 0)
