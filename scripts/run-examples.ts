/**
 * `npm run examples`: runs every `examples/*.ts` script (but the demo) as a child process, and fails
 * when one fails. The scripts check the facts they demonstrate themselves.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples')
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'demo.ts')
  .sort()
let failed = 0
for (const f of scripts) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { encoding: 'utf8' })
  const ok = r.status === 0
  if (!ok) failed += 1
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${f}`)
  if (!ok) console.log(r.stdout, r.stderr)
}
console.log(`${scripts.length - failed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
