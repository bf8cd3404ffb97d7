import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from './binary.js'

let bin = ''
beforeAll(async () => {
  bin = await buildBinary()
})
afterAll(() => rmSync(dirname(bin), { recursive: true, force: true }))

const data = (f: string) => join(root, 'examples/data', f)
const commands: readonly (readonly string[])[] = [
  ['validate', data('organisation.json'), '--as-of', '2026-11-01'],
  ['readiness', data('organisation.json'), '--level', 'formal', '--as-of', '2026-11-01'],
  ['match', data('organisation.json'), data('programme.json')],
  ['match', data('organisation.json'), data('programme.json'), '--strategy', 'stable'],
  ['report', data('organisation.json'), data('events.json'), '--as-of', '2026-11-01'],
]

describe('table output fits an 80-column terminal', () => {
  for (const lang of ['en', 'nl'])
    for (const args of commands)
      it(`${args.filter((a) => !a.includes('/')).join(' ')} --lang ${lang}`, () => {
        const r = runBinary(bin, [...args, '--lang', lang])
        expect(r.status).toBe(0)
        const lines = r.stdout.split('\n')
        expect(lines.length).toBeGreaterThan(3)
        expect(lines.filter((l) => [...l].length > 80)).toEqual([])
      })
})
