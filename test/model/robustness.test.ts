import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { isWellFormed } from '../../src/model/fast.js'
import { toOrganisation } from '../../src/model/normalise.js'
import { parseOrganisation } from '../../src/model/parse.js'
import { referentialPass } from '../../src/model/referential.js'
import { OrganisationSchema } from '../../src/model/schema.js'
import { protoKeyIssues } from '../../src/model/structural.js'
import { arbOrganisation } from '../../src/testing/organisation.js'
import { MUTATIONS, arbDraws, chooser } from './mutations.js'

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()
const before = protoKeys()

/** Hostile JSON texts: prototype keys everywhere the format has objects. */
const HOSTILE = [
  '{"__proto__": {"polluted": true}, "schemaVersion": 1, "teams": [], "employees": []}',
  '{"constructor": {"prototype": {"polluted": true}}, "schemaVersion": 1, "teams": [], "employees": []}',
  '{"schemaVersion": 1, "teams": [{"id": "t", "name": "T", "__proto__": {"polluted": true}}], "employees": []}',
  '{"schemaVersion": 1, "teams": [{"id": "__proto__", "name": "T"}], "employees": [{"id": "__proto__", "name": "x", "teamId": "__proto__", "startDate": "2020-01-01", "managerId": "constructor"}]}',
  '{"schemaVersion": 1, "teams": [{"id": "t", "name": "T"}], "employees": [{"id": "a", "name": "x", "teamId": "t", "startDate": "2020-01-01", "expertise": {"__proto__": {"polluted": true}, "constructor": 3}, "competencies": {"__proto__": 2}, "mentorInterest": {"__proto__": {"polluted": true}, "interested": true, "source": "self", "recordedOn": "2020-01-01"}}]}',
]

describe('robustness', () => {
  afterAll(() => {
    expect(protoKeys()).toEqual(before)
  })

  it('never throws on any value, and Object.prototype stays clean', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true }), (input) => {
        const r = parseOrganisation(input, { asOf: '2026-01-01' })
        expect(E.isRight(r) || r.left.issues.length > 0).toBe(true)
      }),
      { numRuns: 1000 },
    )
    expect(protoKeys()).toEqual(before)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('every issue has a specific code: the catch-all invalid-value never shows', () => {
    const arb = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.tuple(arbOrganisation({ minEmployees: 1, maxEmployees: 4 }), fc.nat(), fc.anything()).map(([input, k, value]) => {
        const org = structuredClone(input) as { employees: Record<string, unknown>[] }
        const e = org.employees[k % org.employees.length] as Record<string, unknown>
        const keys = [...Object.keys(e), 'expertise', 'competencies', 'trainings', 'mentorInterest']
        e[keys[k % keys.length] as string] = value
        return org
      }),
    )
    fc.assert(
      fc.property(arb, (input) => {
        const r = parseOrganisation(input)
        if (E.isLeft(r)) expect(r.left.issues.filter((i) => i.code === 'invalid-value')).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on valid organisations with one field replaced by anything', () => {
    fc.assert(
      fc.property(arbOrganisation({ minEmployees: 1, maxEmployees: 5 }), fc.nat(), fc.anything(), (input, k, value) => {
        const org = structuredClone(input) as { employees: Record<string, unknown>[] }
        const e = org.employees[k % org.employees.length] as Record<string, unknown>
        const keys = Object.keys(e)
        e[keys[k % keys.length] as string] = value
        const r = parseOrganisation(org)
        expect(E.isRight(r) || r.left.issues.length > 0).toBe(true)
      }),
    )
  })

  it('hostile prototype keys are reported (or harmless), never applied', () => {
    for (const text of HOSTILE) {
      const r = parseOrganisation(JSON.parse(text))
      if (E.isRight(r)) expect(r.right.employees.every((e) => Object.getPrototypeOf(e.expertise) === null)).toBe(true)
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(protoKeys()).toEqual(before)
  })

  it('an expertise area named __proto__ is a reserved-key issue; one named constructor is just an area', () => {
    const r = parseOrganisation(JSON.parse(HOSTILE[4] as string))
    expect(E.isLeft(r) && r.left.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['reserved-key', ['employees', 0, 'expertise', '__proto__']],
        ['unknown-key', ['employees', 0, 'competencies', '__proto__']],
        ['unknown-key', ['employees', 0, 'mentorInterest', '__proto__']],
      ]),
    )
  })

  it('ids such as __proto__ and constructor work like any other id', () => {
    expect(E.isRight(parseOrganisation(JSON.parse(HOSTILE[3] as string)))).toBe(false) // managerId constructor dangles
    const ok = JSON.parse(HOSTILE[3] as string)
    delete ok.employees[0].managerId
    expect(E.isRight(parseOrganisation(ok))).toBe(true)
  })
})

describe('the fast path', () => {
  const candidates = fc.oneof(
    fc.anything(),
    arbOrganisation({ maxEmployees: 6 }),
    fc.tuple(arbOrganisation({ minEmployees: 2, minTeams: 2, maxEmployees: 6 }), fc.nat(), arbDraws).map(([input, k, draws]) => {
      const org = structuredClone(input) as Record<string, unknown>
      MUTATIONS[k % MUTATIONS.length]?.apply(org, chooser(draws))
      return org
    }),
  )

  it('accepts only what zod accepts (whatever it takes, zod takes)', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        if (isWellFormed(input)) {
          expect(OrganisationSchema.safeParse(input).success).toBe(true)
          expect(protoKeyIssues(input)).toEqual([])
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('takes every valid organisation, and builds the same model as from zod output', () => {
    fc.assert(
      fc.property(arbOrganisation({ maxEmployees: 10 }), (input) => {
        expect(isWellFormed(input)).toBe(true)
        const viaZod = OrganisationSchema.parse(input)
        const { manager } = referentialPass(input, undefined)
        expect(toOrganisation(input, manager)).toEqual(toOrganisation(viaZod, manager))
      }),
    )
  })

  it('treats -0 as the level 0 and the capacity 0, like zod', () => {
    const input = { schemaVersion: 1, teams: [{ id: 't', name: 'T' }], employees: [{ id: 'a', name: 'A', teamId: 't', startDate: '2020-01-01', strategyInsight: -0, mentorCapacity: -0 }] }
    expect(OrganisationSchema.safeParse(input).success).toBe(isWellFormed(input))
    const r = parseOrganisation(input)
    expect(E.isRight(r) && Object.is(r.right.employees[0]?.strategyInsight, 0) && Object.is(r.right.employees[0]?.mentorCapacity, 0)).toBe(true)
  })
})
