import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CRITERIA } from '../../src/pairing/defaults.js'
import { bindRules } from '../../src/pairing/rules.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'

/** The table "Defaults per formality level" of docs/criteria.md, row by row. */
const documented = (): ReadonlyMap<string, { require: string[]; prefer: string[] }> => {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'criteria.md'), 'utf8')
  const rows = new Map<string, { require: string[]; prefer: string[] }>()
  for (const line of text.split('\n')) {
    const m = /^\| `(\w+)` \| (.*) \| (.*) \|$/.exec(line)
    if (m === null) continue
    const names = (cell: string) => [...cell.matchAll(/`([a-z-]+)`( \d+)?/g)].map((x) => `${x[1]}${x[2] ?? ''}`)
    rows.set(m[1] ?? '', { require: names(m[2] ?? ''), prefer: names(m[3] ?? '') })
  }
  return rows
}

describe('default criteria per level', () => {
  it('every default rule binds to a built-in criterion', () => {
    for (const level of FORMALITY_LEVELS) expect(E.isRight(bindRules({ criteria: DEFAULT_CRITERIA[level], customCriteria: {} }))).toBe(true)
  })

  it('docs/criteria.md shows the same table the code uses', () => {
    const docs = documented()
    for (const level of FORMALITY_LEVELS) {
      const rules = DEFAULT_CRITERIA[level]
      expect(docs.get(level)).toEqual({
        require: rules.filter((r) => r.mode === 'require').map((r) => r.criterion),
        prefer: rules.filter((r) => r.mode === 'prefer').map((r) => `${r.criterion} ${r.weight}`),
      })
    }
  })
})
