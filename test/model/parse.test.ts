import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPETENCIES } from '../../src/model/organisation.js'
import { parseOrganisation } from '../../src/model/parse.js'
import { ARB_AS_OF, arbOrganisation } from '../../src/testing/organisation.js'

const minimal = {
  schemaVersion: 1,
  teams: [{ id: 'payments', name: 'Payments', managerId: 'e0' }],
  employees: [
    { id: 'e0', name: 'Marieke Jansen', teamId: 'payments', startDate: '2015-06-01' },
    { id: 'e1', name: 'Anouk de Vries', teamId: 'payments', managerId: 'e0', startDate: '2019-03-01' },
  ],
}

const issuesOf = (input: unknown, asOf?: string) => {
  const r = parseOrganisation(input, asOf === undefined ? undefined : { asOf })
  return E.isLeft(r) ? r.left.issues.map((i) => ({ code: i.code, path: i.path })) : []
}

describe('parseOrganisation', () => {
  it('applies the defaults of the format', () => {
    const r = parseOrganisation(minimal)
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    const e1 = r.right.employees[1]
    expect(e1?.teamSince).toBe('2019-03-01')
    expect(e1?.mentorCapacity).toBe(1)
    expect(e1?.strategyInsight).toBe(0)
    expect(e1?.mentorInterest).toBeNull()
    expect(e1?.location).toBeNull()
    expect(e1?.trainings).toEqual([])
    expect(Object.keys(e1?.competencies ?? {}).sort()).toEqual([...COMPETENCIES].sort())
    expect(r.right.employees[0]?.managerId).toBeNull()
  })

  it('accepts managerId null at the top of the organisation', () => {
    const input = { ...minimal, employees: [{ ...minimal.employees[0], managerId: null }, minimal.employees[1]] }
    expect(E.isRight(parseOrganisation(input))).toBe(true)
  })

  it('reports structural and referential problems together', () => {
    const input = {
      schemaVersion: 1,
      teams: [{ id: 't', name: 'T', colour: 'red' }],
      employees: [
        { id: 'a', name: 'A', teamId: 't', managerId: 'b', startDate: '2021-02-30' },
        { id: 'b', name: 'B', teamId: 'nowhere', managerId: 'a', startDate: '2020-01-01' },
      ],
    }
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        { code: 'unknown-key', path: ['teams', 0, 'colour'] },
        { code: 'invalid-date', path: ['employees', 0, 'startDate'] },
        { code: 'dangling-team', path: ['employees', 1, 'teamId'] },
        { code: 'management-cycle', path: ['employees', 0, 'managerId'] },
      ]),
    )
  })

  it('reports a missing required field by name', () => {
    expect(issuesOf({ schemaVersion: 1, teams: [] })).toEqual([{ code: 'missing-field', path: ['employees'] }])
    expect(issuesOf({ teams: [], employees: [] })).toEqual([{ code: 'missing-field', path: ['schemaVersion'] }])
  })

  it('rejects an asOf that is not a date', () => {
    expect(issuesOf(minimal, '2026-02-30')).toEqual([{ code: 'invalid-as-of', path: [] }])
  })

  it('every valid organisation from the arbitrary parses to Right', () => {
    fc.assert(
      fc.property(arbOrganisation({ maxEmployees: 25, maxDepth: 6 }), (input) => {
        expect(issuesOf(input, ARB_AS_OF)).toEqual([])
      }),
    )
  })

  it('every valid organisation with only required fields parses to Right', () => {
    fc.assert(
      fc.property(arbOrganisation({ optionalFields: false }), (input) => {
        expect(issuesOf(input, ARB_AS_OF)).toEqual([])
      }),
    )
  })

  it('never throws, and always answers Right or a Left with issues, for any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        const r = parseOrganisation(input)
        expect(E.isRight(r) || r.left.issues.length > 0).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
