/**
 * `npm run bench`: runs every `bench/*.bench.ts` in name order, one after the other, in this
 * process. Pass a substring to run only the matching files: `npm run bench -- solve`.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const filter = process.argv[2] ?? ''
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort()
for (const f of files) {
  console.log(`\n=== ${f} ===`)
  await import(pathToFileURL(join(here, f)).href)
}
