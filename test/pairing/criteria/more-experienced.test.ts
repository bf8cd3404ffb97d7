import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateParts } from '../../../src/model/date.js'
import { arbPair, judge } from './judge.js'

/** Whole years from `a` to `b` by counting months and days, not by anniversaries. */
const yearsBetween = (a: string, b: string): number => {
  const [ya, ma, da] = dateParts(a as never)
  const [yb, mb, db] = dateParts(b as never)
  // 29 February counts as reached on 1 March in years without it: compare (month, day) with that shift.
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  let years = yb - ya
  const [am, ad] = ma === 2 && da === 29 && !leap(yb) ? [3, 1] : [ma, da]
  if (mb < am || (mb === am && db < ad)) years -= 1
  return years
}

describe('more-experienced', () => {
  it('raw is 1 exactly when the mentor started at least minYears whole years before the mentee', () => {
    fc.assert(
      fc.property(arbPair, fc.integer({ min: 0, max: 5 }), ({ w, mentor, mentee }, minYears) => {
        const row = judge(w, 'more-experienced', { minYears }, mentor.id, mentee.id)
        const met = mentor.startDate <= mentee.startDate && yearsBetween(mentor.startDate, mentee.startDate) >= minYears
        expect(row.raw).toBe(met ? 1 : 0)
      }),
    )
  })

  it('minYears defaults to 1', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        expect(judge(w, 'more-experienced', {}, mentor.id, mentee.id).raw).toBe(
          judge(w, 'more-experienced', { minYears: 1 }, mentor.id, mentee.id).raw,
        )
      }),
    )
  })

  it('a start on 29 February reaches a year on 1 March', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        const org = w.org
        const shifted = { ...w, org: { ...org, index: { ...org.index, employeeById: new Map(org.index.employeeById) } } }
        shifted.org.index.employeeById.set(mentor.id, { ...mentor, startDate: '2020-02-29' as never })
        shifted.org.index.employeeById.set(mentee.id, { ...mentee, startDate: '2021-02-28' as never })
        expect(judge(shifted, 'more-experienced', { minYears: 1 }, mentor.id, mentee.id).raw).toBe(0)
        shifted.org.index.employeeById.set(mentee.id, { ...mentee, startDate: '2021-03-01' as never })
        expect(judge(shifted, 'more-experienced', { minYears: 1 }, mentor.id, mentee.id).raw).toBe(1)
      }),
      { numRuns: 5 },
    )
  })
})
