import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPath } from '../../src/errors/path.js'
import { organisation } from '../../src/i18n/sections/organisation.js'
import { explainOrganisationError } from '../../src/model/explain.js'
import { parseOrganisation } from '../../src/model/parse.js'
import { ARB_AS_OF, arbOrganisation } from '../../src/testing/organisation.js'
import { MUTATIONS, arbDraws, chooser } from './mutations.js'

const arbBroken = fc
  .tuple(arbOrganisation({ minEmployees: 2, minTeams: 2, maxEmployees: 8 }), fc.array(fc.tuple(fc.nat(), arbDraws), { minLength: 1, maxLength: 4 }))
  .map(([input, picks]) => {
    const org = structuredClone(input) as Record<string, unknown>
    for (const [k, draws] of picks) MUTATIONS[k % MUTATIONS.length]?.apply(org, chooser(draws))
    return org
  })

describe('explainOrganisationError', () => {
  it('the organisation section has the same codes in English and Dutch', () => {
    expect(Object.keys(organisation.nl).sort()).toEqual(Object.keys(organisation.en).sort())
  })

  it('renders every issue on its own line with its path, in English and in Dutch', () => {
    fc.assert(
      fc.property(arbBroken, (input) => {
        const r = parseOrganisation(input, { asOf: ARB_AS_OF })
        if (E.isRight(r)) return // several mutations may cancel out
        for (const locale of ['en', 'nl'] as const) {
          const lines = explainOrganisationError(r.left, locale).split('\n')
          expect(lines).toHaveLength(r.left.issues.length + 1)
          r.left.issues.forEach((i, k) => expect(lines[k + 1]?.startsWith(`- ${formatPath(i.path)}: `)).toBe(true))
        }
        expect(explainOrganisationError(r.left, 'en')).toContain(r.left.issues[0]?.message)
      }),
    )
  })

  it('the English rendering repeats each issue message; the Dutch one differs from it', () => {
    const r = parseOrganisation({ schemaVersion: 1, teams: [], employees: [{ id: 'a', name: 'A', teamId: 't', startDate: '2021-02-30' }] })
    expect(E.isLeft(r)).toBe(true)
    if (E.isRight(r)) return
    const en = explainOrganisationError(r.left, 'en')
    const nl = explainOrganisationError(r.left, 'nl')
    for (const i of r.left.issues) expect(en).toContain(i.message)
    expect(nl).toContain('employees[0].startDate: 2021-02-30 is geen bestaande datum')
    expect(nl).toContain('employees[0].teamId: Team t bestaat niet.')
  })
})
