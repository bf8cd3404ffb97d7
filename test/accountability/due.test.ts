import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysOverdue, dueState, periodEnd, periodOf } from '../../src/accountability/due.js'
import { addDays, parseIsoDate, type IsoDate } from '../../src/model/date.js'

const d = (s: string): IsoDate => {
  const p = parseIsoDate(s)
  if (p === undefined) throw new Error(`bad date ${s}`)
  return p
}

const arbDate = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays(d('1990-01-01'), n))

describe('due dates', () => {
  it('is due the day before and on the due date, overdue the day after', () => {
    const due = d('2026-04-13')
    expect(dueState(due, d('2026-04-12'))).toBe('due')
    expect(dueState(due, d('2026-04-13'))).toBe('due')
    expect(dueState(due, d('2026-04-14'))).toBe('overdue')
    expect(daysOverdue(due, d('2026-04-13'))).toBe(0)
    expect(daysOverdue(due, d('2026-04-14'))).toBe(1)
  })

  it('period n ends n × weeks × 7 days after the start', () => {
    expect(periodEnd(d('2026-03-02'), 6, 1)).toBe('2026-04-13')
    expect(periodEnd(d('2026-03-02'), 1, 2)).toBe('2026-03-16')
  })

  it('every day after the start lies in exactly the period whose end is the first end not before it', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 400 }), (start, weeks, k) => {
        const today = addDays(start, k)
        const n = periodOf(start, weeks, today)
        expect(n).toBeGreaterThanOrEqual(1)
        expect(today <= periodEnd(start, weeks, n)).toBe(true)
        if (n > 1) expect(today > periodEnd(start, weeks, n - 1)).toBe(true)
      }),
    )
  })

  it('a day before the start is in no period', () => {
    expect(periodOf(d('2026-03-02'), 6, d('2026-03-01'))).toBe(0)
  })
})
