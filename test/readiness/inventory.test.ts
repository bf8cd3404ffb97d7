import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { assessReadiness } from '../../src/readiness/assess.js'
import { GAP_CODES } from '../../src/readiness/gap.js'
import { readinessInventory } from '../../src/readiness/inventory.js'
import { arbPolicy } from '../programme/arbitraries.js'
import { arbParsedOrganisation } from '../../src/testing/organisation.js'
import { arbDate } from './arbitraries.js'
import { employee, orgOf, team } from './fixture.js'

describe('readinessInventory', () => {
  it('one readiness per employee, grouped by team in the order of the organisation, each as assessReadiness finds it', () => {
    fc.assert(
      fc.property(arbParsedOrganisation(), arbPolicy(6), arbDate, (org, policy, asOf) => {
        const inv = readinessInventory(org, policy, asOf)
        if (E.isLeft(inv)) throw new Error(JSON.stringify(inv.left))
        expect(inv.right.teams.map((t) => t.teamId)).toEqual(org.teams.map((t) => t.id))
        for (const t of inv.right.teams) {
          const expected = org.employees
            .filter((e) => e.teamId === t.teamId)
            .map((e) => assessReadiness(org, e.id, policy, asOf))
          expect(t.members.map((r) => E.right(r))).toEqual(expected)
        }
      }),
    )
  })

  it('counts per team and in total agree with a recount of the members', () => {
    fc.assert(
      fc.property(arbParsedOrganisation(), arbPolicy(6), arbDate, (org, policy, asOf) => {
        const inv = readinessInventory(org, policy, asOf)
        if (E.isLeft(inv)) throw new Error(JSON.stringify(inv.left))
        const all = inv.right.teams.flatMap((t) => t.members)
        expect(all).toHaveLength(org.employees.length)
        for (const group of [...inv.right.teams.map((t) => [t.members, t.summary] as const), [all, inv.right.summary] as const]) {
          const [members, summary] = group
          expect(summary.total).toBe(members.length)
          expect(summary.ready + summary.notReady).toBe(summary.total)
          expect(summary.ready).toBe(members.filter((r) => r.gaps.length === 0).length)
          for (const code of GAP_CODES) {
            expect(summary.gaps[code]).toBe(members.filter((r) => r.gaps.some((g) => g.code === code)).length)
            expect(summary.advice[code]).toBe(members.filter((r) => r.advice.some((g) => g.code === code)).length)
          }
        }
      }),
    )
  })

  it('on any organisation the format allows, relaxing the policy to an advised-only one never lowers the count of ready people', () => {
    fc.assert(
      fc.property(arbParsedOrganisation(), arbPolicy(6), arbDate, (org, policy, asOf) => {
        const advisedOnly = {
          ...policy,
          mentor: Object.fromEntries(
            Object.entries(policy.mentor).map(([rule, r]) => [rule, { ...r, requirement: r.requirement === 'required' ? 'advised' : r.requirement }]),
          ) as typeof policy.mentor,
        }
        const strict = readinessInventory(org, policy, asOf)
        const lenient = readinessInventory(org, advisedOnly, asOf)
        if (E.isLeft(strict) || E.isLeft(lenient)) throw new Error('unexpected Left')
        expect(lenient.right.summary.ready).toBe(lenient.right.summary.total)
        expect(lenient.right.summary.ready).toBeGreaterThanOrEqual(strict.right.summary.ready)
      }),
    )
  })

  it('keeps an empty team, and uses the loads it is given', () => {
    const org = orgOf(
      [employee({ id: 'a', team: 'x', capacity: 2 }), employee({ id: 'b', team: 'x', capacity: 2 })],
      [team('empty', 'Empty'), team('x', 'X')],
    )
    const inv = readinessInventory(org, defaultPolicy('encouraged'), '2026-11-01', { currentLoads: { b: 2 } })
    expect(E.isRight(inv) && inv.right.teams.map((t) => [t.teamId, t.members.map((r) => r.status)])).toEqual([
      ['empty', []],
      ['x', ['ready', 'not-ready']],
    ])
  })

  it('reports a bad date and bad loads together, and an unknown id in the loads', () => {
    const org = orgOf([employee({ id: 'a' })])
    const bad = readinessInventory(org, defaultPolicy('formal'), 'soon', { currentLoads: { a: -1 } })
    expect(E.isLeft(bad) && bad.left.code === 'invalid-readiness-input' && bad.left.issues.map((i) => i.path)).toEqual([
      ['asOf'],
      ['options', 'currentLoads', 'a'],
    ])
    const stranger = readinessInventory(org, defaultPolicy('formal'), '2026-11-01', { currentLoads: { zz: 1 } })
    expect(E.isLeft(stranger) && stranger.left).toMatchObject({ code: 'unknown-employee', id: 'zz' })
  })
})
