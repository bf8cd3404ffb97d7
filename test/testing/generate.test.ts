/**
 * The seeded generators of `mentorschap/testing`: the same seed gives the same input, and the
 * input parses (organisation, then programme over it).
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseOrganisation, parseProgramme } from '../../src/index.js'
import { generateOrganisationInput, generateProgrammeInput } from '../../src/testing/index.js'

const arbOptions = fc.record(
  { employees: fc.integer({ min: 0, max: 300 }), seed: fc.integer({ min: 0, max: 2 ** 31 }), teams: fc.integer({ min: 1, max: 20 }) },
  { requiredKeys: ['employees', 'seed'] },
)
const arbProgrammeOptions = fc.record({ mentees: fc.integer({ min: 0, max: 200 }), mentors: fc.integer({ min: 0, max: 60 }) }, { requiredKeys: ['mentees'] })

describe('generateOrganisationInput', () => {
  it('is deterministic: the same options give deep-equal inputs', () => {
    fc.assert(
      fc.property(arbOptions, (o) => {
        expect(generateOrganisationInput(o)).toEqual(generateOrganisationInput(o))
      }),
      { numRuns: 30 },
    )
  })

  it('parses, with exactly the number of employees asked for', () => {
    fc.assert(
      fc.property(arbOptions, (o) => {
        const parsed = parseOrganisation(generateOrganisationInput(o), { asOf: '2026-01-01' })
        expect(E.isRight(parsed) && parsed.right.employees.length).toBe(o.employees)
      }),
      { numRuns: 30 },
    )
  })

  it('gives different inputs for different seeds (of a non-trivial size)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (seed, delta) => {
        expect(generateOrganisationInput({ employees: 50, seed })).not.toEqual(generateOrganisationInput({ employees: 50, seed: seed + delta }))
      }),
      { numRuns: 20 },
    )
  })
})

describe('generateProgrammeInput', () => {
  it('is deterministic and parses over the generated organisation, mentees and mentors disjoint', () => {
    fc.assert(
      fc.property(arbOptions, arbProgrammeOptions, (o, p) => {
        const org = parseOrganisation(generateOrganisationInput(o), { asOf: '2026-01-01' })
        if (E.isLeft(org)) throw new Error('the organisation must parse')
        const options = { ...p, seed: o.seed }
        const input = generateProgrammeInput(org.right, options)
        expect(generateProgrammeInput(org.right, options)).toEqual(input)
        const programme = parseProgramme(input, org.right)
        expect(E.isRight(programme)).toBe(true)
        if (E.isLeft(programme)) return
        const ids = new Set<string>(programme.right.mentees.map((m) => m.employeeId))
        expect(programme.right.mentors.some((m) => ids.has(m))).toBe(false)
        expect(programme.right.mentees.length).toBe(Math.min(p.mentees, org.right.employees.length - programme.right.mentors.length))
      }),
      { numRuns: 30 },
    )
  })
})
