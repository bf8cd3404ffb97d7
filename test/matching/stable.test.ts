/**
 * The `stable` strategy: no blocking pair, and the best stable matching for every mentee.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allMatchings, blockingPairs, pickOf, smallOf } from './brute.js'
import { hostWorld, run } from './support.js'
import { arbTableWorld } from './table-world.js'

const arbWorld = fc.oneof(hostWorld(12, 6, 6), arbTableWorld(), arbTableWorld({ ties: false }))

describe('match: stable', () => {
  it('has no blocking pair: no mentee and mentor with a place both strictly prefer each other by score', () => {
    fc.assert(
      fc.property(arbWorld, ({ org, programme }) => {
        const s = smallOf(org, programme)
        expect(blockingPairs(s, pickOf(s, run(org, programme, 'stable')))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('gives every mentee their best mentor among all stable matchings (mentee-optimal, scores without ties)', () => {
    fc.assert(
      fc.property(arbTableWorld({ ties: false }), ({ org, programme }) => {
        const s = smallOf(org, programme)
        const values = s.score.flatMap((row) => row.filter((v): v is number => v !== undefined))
        fc.pre(new Set(values).size === values.length)
        const scoreOf = (pick: readonly number[], i: number): number => {
          const j = pick[i] ?? -1
          return j < 0 ? -Infinity : (s.score[i]?.[j] ?? -Infinity)
        }
        const ours = pickOf(s, run(org, programme, 'stable'))
        const stable = allMatchings(s).filter((pick) => blockingPairs(s, pick).length === 0)
        for (const other of stable) s.mentees.forEach((_, i) => expect(scoreOf(ours, i)).toBeGreaterThanOrEqual(scoreOf(other, i)))
      }),
      { numRuns: 300 },
    )
  })

  it('equals greedy when both sides rank by the one score: one order of all pairs makes the stable matching unique', () => {
    fc.assert(
      fc.property(arbWorld, ({ org, programme }) => {
        const stable = run(org, programme, 'stable')
        const greedy = run(org, programme, 'greedy')
        expect(stable.pairs).toEqual(greedy.pairs)
        expect(stable.comparedToOptimal).toEqual(greedy.comparedToOptimal)
      }),
      { numRuns: 300 },
    )
  })
})
