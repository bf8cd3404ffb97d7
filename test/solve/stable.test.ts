import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { solveStable } from '../../src/solve/index.js'
import { acceptable, allStable, blockingPairs, proposerRank, type Problem } from './stable-brute.js'
import { right } from './helpers.js'

/** A random strict, possibly incomplete list drawn from 0..n-1. */
const list = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, k) => k),
    { minLength: 0, maxLength: n },
  )

const problem = (maxP: number, maxR: number): fc.Arbitrary<Problem> =>
  fc
    .record({ proposers: fc.integer({ min: 0, max: maxP }), receivers: fc.integer({ min: 0, max: maxR }) })
    .chain(({ proposers, receivers }) =>
      fc.record({
        proposers: fc.constant(proposers),
        receivers: fc.constant(receivers),
        capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: receivers, maxLength: receivers }),
        proposerPrefs: fc.array(list(receivers), { minLength: proposers, maxLength: proposers }),
        receiverPrefs: fc.array(list(proposers), { minLength: receivers, maxLength: receivers }),
      }),
    )

describe('solveStable', () => {
  it('returns a matching with no blocking pair, acceptable pairs only, capacities kept', () => {
    fc.assert(
      fc.property(problem(8, 6), (p) => {
        const m = Array.from(right(solveStable(p)).assignment)
        expect(m.length).toBe(p.proposers)
        m.forEach((j, i) => {
          if (j >= 0) expect(acceptable(p, i, j)).toBe(true)
        })
        for (let j = 0; j < p.receivers; j++) {
          expect(m.filter((r) => r === j).length).toBeLessThanOrEqual(p.capacities[j] ?? 1)
        }
        expect(blockingPairs(p, m)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('is proposer-optimal: no stable matching gives any proposer a better receiver', () => {
    fc.assert(
      fc.property(problem(5, 4), (p) => {
        const m = Array.from(right(solveStable(p)).assignment)
        const stable = allStable(p)
        expect(stable).toContainEqual(m)
        for (const other of stable) {
          other.forEach((j, i) => expect(proposerRank(p, i, m[i] ?? -1)).toBeLessThanOrEqual(proposerRank(p, i, j)))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on the order of the proposers (renumbering them renumbers the result)', () => {
    fc.assert(
      fc.property(
        problem(7, 5).chain((p) =>
          fc.tuple(fc.constant(p), fc.shuffledSubarray(Array.from({ length: p.proposers }, (_, k) => k), { minLength: p.proposers, maxLength: p.proposers })),
        ),
        ([p, perm]) => {
          // New proposer k is old proposer perm[k].
          const where = new Array<number>(p.proposers)
          perm.forEach((old, k) => (where[old] = k))
          const q: Problem = {
            ...p,
            proposerPrefs: perm.map((old) => p.proposerPrefs[old] ?? []),
            receiverPrefs: p.receiverPrefs.map((l) => l.map((old) => where[old] ?? -1)),
          }
          const a = right(solveStable(p)).assignment
          const b = right(solveStable(q)).assignment
          perm.forEach((old, k) => expect(b[k]).toBe(a[old]))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('capacities default to 1', () => {
    const r = right(solveStable({ proposers: 2, receivers: 1, proposerPrefs: [[0], [0]], receiverPrefs: [[1, 0]] }))
    expect(Array.from(r.assignment)).toEqual([-1, 0])
  })

  it('a pair listed by one side only is not acceptable', () => {
    const r = right(solveStable({ proposers: 1, receivers: 1, proposerPrefs: [[0]], receiverPrefs: [[]] }))
    expect(Array.from(r.assignment)).toEqual([-1])
  })
})
