import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseOrganisation } from '../../src/model/parse.js'
import { ARB_AS_OF, arbOrganisation } from '../../src/testing/organisation.js'
import { MUTATIONS, arbDraws, chooser } from './mutations.js'

describe('any single mutation that breaks one rule yields Left with an issue at the right path', () => {
  for (const m of MUTATIONS) {
    it(`breaking "${m.rule}" is reported with its code and path`, () => {
      const arb = arbOrganisation({ minEmployees: m.employees, maxEmployees: 10, minTeams: m.teams, maxTeams: 3 })
      fc.assert(
        fc.property(arb, arbDraws, (input, draws) => {
          const org = structuredClone(input) as Record<string, unknown>
          const expected = m.apply(org, chooser(draws))
          const r = parseOrganisation(org, { asOf: ARB_AS_OF })
          expect(E.isLeft(r)).toBe(true)
          if (E.isRight(r)) return
          const found = r.left.issues.filter((i) => i.code === expected.code && JSON.stringify(i.path) === JSON.stringify(expected.path))
          expect(found, JSON.stringify(r.left.issues.map((i) => [i.code, i.path]))).toHaveLength(1)
          if (expected.params !== undefined) expect(found[0]?.params).toMatchObject(expected.params)
        }),
        { numRuns: 60 },
      )
    })
  }
})
