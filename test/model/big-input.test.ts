import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseOrganisation } from '../../src/model/parse.js'
import { allReportsOf, isInReportingLine } from '../../src/model/queries.js'
import { generateOrganisationInput } from '../../src/testing/generate.js'

const N = 10_000

/** Employees e0..e(n-1) in one team, each managed by `managerOf(i)`. */
const people = (n: number, managerOf: (i: number) => number | null) => ({
  schemaVersion: 1,
  teams: [{ id: 't', name: 'Team' }],
  employees: Array.from({ length: n }, (_, i) => {
    const m = managerOf(i)
    return { id: `e${i}`, name: `E ${i}`, teamId: 't', startDate: '2020-01-01', ...(m === null ? {} : { managerId: `e${m}` }) }
  }),
})

describe('large and deep inputs', () => {
  it('parses a generated organisation of 100,000 employees', () => {
    const r = parseOrganisation(generateOrganisationInput({ employees: 100_000, seed: 42 }), { asOf: '2026-01-01' })
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) expect(r.right.employees).toHaveLength(100_000)
  })

  it('parses a 10,000-deep management chain and answers queries along it', () => {
    const r = parseOrganisation(people(N, (i) => (i === 0 ? null : i - 1)))
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    expect(isInReportingLine(r.right, 'e0', `e${N - 1}`)).toEqual(E.right(true))
    expect(E.map((es: readonly unknown[]) => es.length)(allReportsOf(r.right, 'e0'))).toEqual(E.right(N - 1))
  })

  it('parses a 10,000-deep chain listed bottom-up (every manager after their report)', () => {
    const input = people(N, (i) => (i === 0 ? null : i - 1))
    const r = parseOrganisation({ ...input, employees: [...input.employees].reverse() })
    expect(E.isRight(r)).toBe(true)
  })

  it('reports a 10,000-long management cycle once, with all its members', () => {
    const r = parseOrganisation(people(N, (i) => (i + 1) % N))
    expect(E.isLeft(r)).toBe(true)
    if (E.isRight(r)) return
    expect(r.left.issues).toHaveLength(1)
    const [cycle] = r.left.issues
    expect(cycle?.code).toBe('management-cycle')
    expect(cycle?.path).toEqual(['employees', 0, 'managerId'])
    expect((cycle?.params['ids'] as string[]).length).toBe(N)
    expect(cycle?.message.length).toBeLessThan(400)
  })

  it('reports only the cycle at the end of a long chain that runs into it', () => {
    // e(N-1) -> ... -> e3 -> e2 -> e1 -> e0 -> e2: the cycle is e0, e2, e1
    const r = parseOrganisation(people(N, (i) => (i === 0 ? 2 : i - 1)))
    expect(E.isLeft(r)).toBe(true)
    if (E.isRight(r)) return
    expect(r.left.issues.map((i) => [i.code, i.params['ids']])).toEqual([['management-cycle', ['e0', 'e2', 'e1']]])
  })

  it('reports every problem of a large, thoroughly broken input', () => {
    const input = people(20_000, (i) => (i === 0 ? null : i - 1))
    const broken = { ...input, employees: input.employees.map((e) => ({ ...e, colour: 'blue' })) }
    const r = parseOrganisation(broken)
    expect(E.isLeft(r) && r.left.issues.filter((i) => i.code === 'unknown-key').length).toBe(20_000)
  })
})
