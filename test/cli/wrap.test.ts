import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayWidth, fitToWidth, wrapWords } from '../../src/cli/wrap.js'

const word = fc.stringMatching(/^[a-zé─]{1,12}$/)
const words = fc.array(word, { minLength: 1, maxLength: 40 })

describe('fitToWidth', () => {
  it('keeps every line within the width when no word is longer than the room', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('', '  ', '- ', '     '), words), { maxLength: 5 }), fc.integer({ min: 40, max: 100 }), (lines, width) => {
        const text = lines.map(([lead, ws]) => `${lead}${ws.join(' ')}`).join('\n')
        for (const line of fitToWidth(text, width).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width)
      }),
    )
  })

  it('loses, adds and reorders no word, and leaves lines that fit as they are', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 5 }), fc.integer({ min: 20, max: 100 }), (lines, width) => {
        const text = lines.map((ws) => ws.join(' ')).join('\n')
        const out = fitToWidth(text, width)
        expect(out.split(/\s+/).filter((w) => w !== '')).toEqual(text.split(/\s+/).filter((w) => w !== ''))
        const short = lines.map((ws) => ws.join(' ')).filter((l) => displayWidth(l) <= width)
        for (const l of short) expect(out.split('\n')).toContain(l)
      }),
    )
  })

  it('hangs continuation lines under the text after the indentation and bullet', () => {
    const out = fitToWidth(`  - ${'word '.repeat(30).trim()}`, 40).split('\n')
    expect(out.length).toBeGreaterThan(1)
    expect(out[0]?.startsWith('  - word')).toBe(true)
    for (const l of out.slice(1)) expect(l.startsWith('    word')).toBe(true)
  })

  it('never ends a continued line in a figure nor starts one with a figure that ends a phrase', () => {
    const figure = fc.stringMatching(/^[1-9][0-9]{0,3}(\.[0-9])?%?[,.]?$/)
    fc.assert(
      fc.property(fc.array(fc.oneof(word, figure), { minLength: 2, maxLength: 40 }), fc.integer({ min: 20, max: 60 }), (ws, width) => {
        const lines = fitToWidth(ws.join(' '), width).split('\n')
        for (const line of lines.slice(0, -1)) expect(line.trim().split(' ').pop()).not.toMatch(/^[0-9.%]*[0-9%]$/)
        for (const line of lines.slice(1)) expect(line.trim().split(' ')[0]).not.toMatch(/^[0-9.%]+[,.]$/)
        expect(lines.join(' ').split(/\s+/).filter((w) => w !== '')).toEqual(ws)
      }),
    )
    expect(wrapWords('late by 62 days', 10)).toEqual(['late by', '62 days'])
    expect(wrapWords('for period 4, due soon', 14)).toEqual(['for period 4,', 'due soon'])
  })

  it('keeps a word longer than the room whole', () => {
    const long = 'x'.repeat(30)
    expect(wrapWords(`a ${long} b`, 10)).toEqual(['a', long, 'b'])
  })
})
