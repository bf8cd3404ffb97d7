import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ELISION, matchesShown } from './elision.js'

const lines = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 8 })

describe('matchesShown', () => {
  it('without elisions is plain equality', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        expect(matchesShown(a.join('\n'), b.join('\n'))).toBe(a.join('\n') === b.join('\n'))
      }),
    )
  })

  it('matches any output shown with some runs of lines left out', () => {
    fc.assert(
      fc.property(lines, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 })), { maxLength: 3 }), (out, cuts) => {
        const shown: string[] = [...out]
        for (const [at, n] of cuts) {
          const i = at % (shown.length + 1)
          if (shown[i - 1] !== ELISION && shown[i] !== ELISION) shown.splice(i, Math.min(n, shown.length - i), ELISION)
        }
        expect(matchesShown(shown.join('\n'), out.join('\n'))).toBe(true)
      }),
    )
  })

  it('rejects output with a shown line changed', () => {
    expect(matchesShown(['a', ELISION, 'c'].join('\n'), ['a', 'x', 'y', 'd'].join('\n'))).toBe(false)
    expect(matchesShown(['a', ELISION, 'c'].join('\n'), ['b', 'x', 'c'].join('\n'))).toBe(false)
    expect(matchesShown(['a', ELISION, 'b', ELISION].join('\n'), ['a', 'c'].join('\n'))).toBe(false)
    expect(matchesShown(['a', 'b'].join('\n'), ['a', 'b', 'c'].join('\n'))).toBe(false)
  })
})
