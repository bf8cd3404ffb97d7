import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderTable } from '../../src/cli/table.js'

const word = fc.stringMatching(/^[a-zà-ÿ]{1,12}$/)
const cell = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '))

describe('text tables', () => {
  it('keeps every line within 80 columns when the leading columns fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 8 }), (cols, rows) => {
        const header = ['a', 'b', 'c', 'd'].slice(0, cols)
        const lead = Array.from({ length: cols - 1 }, (_, c) => Math.max(1, ...rows.map((r) => [...(r[c] ?? '')].length)) + 2)
        fc.pre(lead.reduce((a, b) => a + b, 0) + 20 <= 80)
        const text = renderTable({ header, rows: rows.map((r) => r.slice(0, cols)) })
        for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80)
      }),
    )
  })

  it('loses no word of any cell', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = renderTable({ header: ['x', 'y'], rows })
        const words = text.split(/\s+/)
        for (const [a, b] of rows) for (const w of `${a} ${b}`.split(' ')) expect(words).toContain(w)
      }),
    )
  })

  it('aligns the columns: the second column starts at the same place on every row', () => {
    const text = renderTable({ header: ['Name', 'Team'], rows: [['Zoë', 'Digitaal'], ['Mohammed Bouzid', 'Klantenservice']] })
    const lines = text.split('\n').filter((l) => !l.startsWith('─'))
    const starts = lines.map((l) => l.search(/\S+$/))
    expect(new Set(starts).size).toBe(1)
  })
})
