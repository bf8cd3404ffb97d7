import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anniversary, parseIsoDate, wholeYears, type IsoDate } from '../../src/model/date.js'
import { IsoDateSchema } from '../../src/model/schema.js'

/** A real date by the Date object: the same year, month and day come back. */
const naiveIsReal = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (m === null) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(0)
  t.setUTCFullYear(y, mo - 1, d)
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** Whole years by counting anniversaries with the Date object, where 29 February rolls over to 1 March. */
const naiveWholeYears = (from: string, to: string): number => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number]
  const nth = (n: number): string => {
    const t = new Date(0)
    t.setUTCFullYear(y + n, m - 1, d)
    return t.toISOString().slice(0, 10)
  }
  let n = 0
  while (nth(n + 1) <= to) n++
  return n
}

const pad = (n: number, w: number) => String(n).padStart(w, '0')
/** Strings of the form dddd-dd-dd with parts around the valid ranges. */
const arbDateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)
const arbRealDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10) as IsoDate)

describe('dates', () => {
  it('parseIsoDate accepts exactly the real calendar dates (checked with the Date object)', () => {
    fc.assert(fc.property(fc.oneof(arbDateLike, fc.string()), (s) => {
      expect(parseIsoDate(s) !== undefined).toBe(naiveIsReal(s))
    }))
  })

  it('the zod date schema and parseIsoDate agree (the parser fast path relies on it)', () => {
    fc.assert(
      fc.property(fc.oneof(arbDateLike, fc.string()), (s) => {
        expect(IsoDateSchema.safeParse(s).success).toBe(parseIsoDate(s) !== undefined)
      }),
      { numRuns: 2000 },
    )
  })

  it('rejects impossible dates and malformed ones', () => {
    for (const s of ['2021-02-29', '2021-02-30', '2020-04-31', '2019-13-01', '2019-00-10', '2019-01-00', '2019-1-1', '1900-02-29', ' 2019-01-01', '2019-01-01\n']) {
      expect(parseIsoDate(s)).toBeUndefined()
    }
    for (const s of ['2020-02-29', '2000-02-29', '2019-12-31', '0001-01-01']) expect(parseIsoDate(s)).toBe(s)
  })

  it('wholeYears agrees with counting anniversaries naively', () => {
    fc.assert(fc.property(arbRealDate, arbRealDate, (a, b) => {
      expect(wholeYears(a, b)).toBe(naiveWholeYears(a, b))
    }))
  })

  it('someone reaches n years exactly on their n-th anniversary', () => {
    fc.assert(
      fc.property(arbRealDate, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const day = anniversary(d, n)
        expect(wholeYears(d, day)).toBe(n)
        const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) as IsoDate
        expect(wholeYears(d, before)).toBe(n - 1)
      }),
    )
  })

  it('a 29 February date has its anniversary on 1 March in common years and on 29 February in leap years', () => {
    const leap = parseIsoDate('2020-02-29') as IsoDate
    expect(anniversary(leap, 1)).toBe('2021-03-01')
    expect(anniversary(leap, 4)).toBe('2024-02-29')
    expect(anniversary(leap, 80)).toBe('2100-03-01')
    expect(wholeYears(leap, parseIsoDate('2021-02-28') as IsoDate)).toBe(0)
    expect(wholeYears(leap, parseIsoDate('2021-03-01') as IsoDate)).toBe(1)
  })

  it('wholeYears never decreases as the reference date moves on, and is 0 before the start', () => {
    fc.assert(
      fc.property(arbRealDate, arbRealDate, arbRealDate, (from, x, y) => {
        const [early, late] = x <= y ? [x, y] : [y, x]
        expect(wholeYears(from, early)).toBeLessThanOrEqual(wholeYears(from, late))
        if (early < from) expect(wholeYears(from, early)).toBe(0)
      }),
    )
  })
})
