import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseIsoDate, type IsoDate } from '../../src/model/date.js'
import type { Employee, Organisation } from '../../src/model/organisation.js'
import {
  allReportsOf,
  directReportsOf,
  expertiseLevel,
  isInReportingLine,
  managerOf,
  teamOf,
  teamTenureYears,
  tenureYears,
} from '../../src/model/queries.js'
import { arbParsedOrganisation } from '../../src/testing/organisation.js'

/** The managers above `e`, nearest first, by following managerId (brute force). */
const chainAbove = (org: Organisation, e: Employee): string[] => {
  const above: string[] = []
  for (let m = e.managerId; m !== null; m = org.employees.find((x) => x.id === m)?.managerId ?? null) above.push(m)
  return above
}

const withPeople = fc
  .tuple(arbParsedOrganisation({ minEmployees: 1, maxEmployees: 15, maxDepth: 5 }), fc.nat(), fc.nat())
  .map(([org, i, j]) => ({
    org,
    a: org.employees[i % org.employees.length] as Employee,
    b: org.employees[j % org.employees.length] as Employee,
  }))

/** Whole years from `from` to `to` by counting anniversaries with the Date object (naive). */
const naiveYears = (from: string, to: string): number => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number]
  const nth = (n: number): string => {
    const t = new Date(0)
    t.setUTCFullYear(y + n, m - 1, d) // 29 February rolls over to 1 March in a common year
    return t.toISOString().slice(0, 10)
  }
  let n = 0
  while (nth(n + 1) <= to) n++
  return n
}

describe('queries', () => {
  it('isInReportingLine(a, b) holds exactly when one is above the other in the management chain', () => {
    fc.assert(
      fc.property(withPeople, ({ org, a, b }) => {
        const expected = a.id !== b.id && (chainAbove(org, a).includes(b.id) || chainAbove(org, b).includes(a.id))
        expect(isInReportingLine(org, a.id, b.id)).toEqual(E.right(expected))
        expect(isInReportingLine(org, b.id, a.id)).toEqual(E.right(expected))
      }),
    )
  })

  it('allReportsOf(a) is everyone whose management chain contains a', () => {
    fc.assert(
      fc.property(withPeople, ({ org, a }) => {
        const expected = org.employees.filter((e) => chainAbove(org, e).includes(a.id)).map((e) => e.id)
        const got = E.map((es: readonly Employee[]) => es.map((e) => e.id))(allReportsOf(org, a.id))
        expect(E.isRight(got)).toBe(true)
        if (E.isRight(got)) expect([...got.right].sort()).toEqual([...expected].sort())
      }),
    )
  })

  it('allReportsOf lists a manager before everyone below them (depth-first)', () => {
    fc.assert(
      fc.property(withPeople, ({ org, a }) => {
        const got = allReportsOf(org, a.id)
        if (E.isLeft(got)) throw new Error('unexpected Left')
        const seen = new Set<string>([a.id])
        for (const e of got.right) {
          expect(seen.has(e.managerId ?? '')).toBe(true)
          seen.add(e.id)
        }
      }),
    )
  })

  it('directReportsOf, managerOf and teamOf agree with a scan of the records', () => {
    fc.assert(
      fc.property(withPeople, ({ org, a }) => {
        expect(directReportsOf(org, a.id)).toEqual(E.right(org.employees.filter((e) => e.managerId === a.id)))
        expect(managerOf(org, a.id)).toEqual(E.right(org.employees.find((e) => e.id === a.managerId) ?? null))
        expect(teamOf(org, a.id)).toEqual(E.right(org.teams.find((t) => t.id === a.teamId)))
      }),
    )
  })

  it('tenure in whole years agrees with counting anniversaries', () => {
    const arbAsOf = fc.integer({ min: 0, max: 80 * 366 }).map((n) => new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(withPeople, arbAsOf, ({ org, a }, asOf) => {
        expect(tenureYears(org, a.id, asOf)).toEqual(E.right(naiveYears(a.startDate, asOf)))
        expect(teamTenureYears(org, a.id, asOf)).toEqual(E.right(naiveYears(a.teamSince, asOf)))
      }),
    )
  })

  it('an unknown id gives Left(unknown-employee) from every query, never a throw', () => {
    fc.assert(
      fc.property(withPeople, fc.string(), ({ org, a }, id) => {
        fc.pre(!org.employees.some((e) => e.id === id))
        const unknown = { code: 'unknown-employee', id }
        for (const r of [
          teamOf(org, id),
          managerOf(org, id),
          directReportsOf(org, id),
          allReportsOf(org, id),
          isInReportingLine(org, id, a.id),
          isInReportingLine(org, a.id, id),
          tenureYears(org, id, '2026-01-01'),
          teamTenureYears(org, id, '2026-01-01'),
        ]) {
          expect(r).toMatchObject(E.left(unknown))
        }
      }),
    )
  })

  it('a reference date that is not a date gives Left(invalid-date)', () => {
    fc.assert(
      fc.property(withPeople, ({ org, a }) => {
        expect(tenureYears(org, a.id, '2021-02-30')).toMatchObject(E.left({ code: 'invalid-date', value: '2021-02-30' }))
      }),
      { numRuns: 10 },
    )
  })

  it('expertiseLevel is 0 for any area the employee does not have, including inherited names', () => {
    fc.assert(
      fc.property(withPeople, fc.constantFrom('constructor', 'toString', '__proto__', 'nope'), ({ a }, area) => {
        const own = Object.hasOwn(a.expertise, area)
        expect(expertiseLevel(a, area)).toBe(own ? a.expertise[area] : 0)
      }),
    )
  })

  it('a 29 February start reaches its first year on 1 March of a common year', () => {
    expect(naiveYears('2020-02-29', '2021-02-28')).toBe(0)
    expect(naiveYears('2020-02-29', '2021-03-01')).toBe(1)
    expect(parseIsoDate('2020-02-29') as IsoDate).toBe('2020-02-29')
  })
})
