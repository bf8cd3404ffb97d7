import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOrganisation } from '../../src/model/build.js'
import type { Organisation } from '../../src/model/organisation.js'
import { arbParsedOrganisation } from '../../src/testing/organisation.js'

/** Everyone above `id`, by following managerId. */
const above = (org: Organisation, id: string): Set<string> => {
  const seen = new Set<string>()
  for (let m = org.employees.find((e) => e.id === id)?.managerId ?? null; m !== null; m = org.employees.find((e) => e.id === m)?.managerId ?? null) {
    seen.add(m)
  }
  return seen
}

describe('buildOrganisation', () => {
  it('builds the same index from the records as the parser does', () => {
    fc.assert(
      fc.property(arbParsedOrganisation({ maxEmployees: 20, maxDepth: 6 }), (org) => {
        expect(buildOrganisation(org.teams, org.employees)).toEqual(org)
      }),
    )
  })

  it('numbers the forest so that a manages b exactly when pre[a] < pre[b] and post[b] < post[a]', () => {
    fc.assert(
      fc.property(arbParsedOrganisation({ maxEmployees: 15, maxDepth: 6 }), (org) => {
        const { pre, post } = org.index
        for (const a of org.employees) {
          for (const b of org.employees) {
            const nested = (pre.get(a.id) ?? 0) < (pre.get(b.id) ?? 0) && (post.get(b.id) ?? 0) < (post.get(a.id) ?? 0)
            expect(nested).toBe(above(org, b.id).has(a.id))
          }
        }
      }),
    )
  })

  it('indexes every employee and team, and lists direct reports in input order', () => {
    fc.assert(
      fc.property(arbParsedOrganisation({ maxEmployees: 15 }), (org) => {
        expect(org.index.employeeById.size).toBe(org.employees.length)
        expect(org.index.teamById.size).toBe(org.teams.length)
        for (const e of org.employees) {
          expect(org.index.directReports.get(e.id)).toEqual(org.employees.filter((r) => r.managerId === e.id).map((r) => r.id))
        }
      }),
    )
  })
})
