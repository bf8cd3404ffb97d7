import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseOrganisation } from '../../src/model/parse.js'
import { serialiseOrganisation } from '../../src/model/serialise.js'
import { ARB_AS_OF, arbOrganisation, arbParsedOrganisation } from '../../src/testing/organisation.js'

const parse = (input: unknown) => parseOrganisation(input, { asOf: ARB_AS_OF })

describe('serialiseOrganisation', () => {
  it('parse(serialise(org)) equals org', () => {
    fc.assert(
      fc.property(arbParsedOrganisation({ maxEmployees: 20 }), (org) => {
        expect(parse(serialiseOrganisation(org))).toEqual(E.right(org))
      }),
    )
  })

  it('parse(serialise(org)) equals org also through JSON text', () => {
    fc.assert(
      fc.property(arbParsedOrganisation({ maxEmployees: 20 }), (org) => {
        expect(parse(JSON.parse(JSON.stringify(serialiseOrganisation(org))))).toEqual(E.right(org))
      }),
    )
  })

  it('serialising is normalising: serialise(parse(input)) is a fixed point', () => {
    fc.assert(
      fc.property(arbOrganisation({ maxEmployees: 15 }), (input) => {
        const once = E.map(serialiseOrganisation)(parse(input))
        const twice = E.map(serialiseOrganisation)(E.chain(parse)(once))
        expect(twice).toEqual(once)
      }),
    )
  })

  it('keeps what the input said: ids, names, references and explicit values survive', () => {
    fc.assert(
      fc.property(arbOrganisation({ maxEmployees: 15 }), (input) => {
        const out = E.map(serialiseOrganisation)(parse(input))
        expect(E.isRight(out)).toBe(true)
        if (E.isLeft(out)) return
        expect(out.right.employees.map((e) => [e.id, e.name, e.teamId, e.managerId ?? null, e.startDate])).toEqual(
          input.employees.map((e) => [e.id, e.name, e.teamId, e.managerId ?? null, e.startDate]),
        )
        input.employees.forEach((e, i) => {
          const o = out.right.employees[i]
          if (e.teamSince !== undefined) expect(o?.teamSince).toBe(e.teamSince)
          if (e.mentorCapacity !== undefined) expect(o?.mentorCapacity).toBe(e.mentorCapacity)
          if (e.expertise !== undefined) expect({ ...o?.expertise }).toEqual({ ...e.expertise })
          if (e.mentorInterest !== undefined) expect(o?.mentorInterest).toEqual(e.mentorInterest)
        })
      }),
    )
  })
})
