/**
 * The laws of `match` on random programmes: the rules every strategy keeps, the same answer in
 * any order, optimal against brute force and against the other strategies.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MatchStrategy } from '../../src/matching/matching.js'
import { assertMatchingInvariants } from '../../src/testing/invariants.js'
import { bruteForce, close, objectiveOf, smallOf } from './brute.js'
import { arbPermuted, hostWorld, reasonProblems, run } from './support.js'
import { arbTableWorld } from './table-world.js'

const STRATEGIES: readonly MatchStrategy[] = ['optimal', 'stable', 'greedy']
const arbLoad = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }))
const arbWorld = fc.oneof(hostWorld(12, 6, 6), arbTableWorld(), arbTableWorld({ ties: false }))

describe('match: the rules every strategy keeps', () => {
  it('never exceeds a capacity, never uses a forbidden pair, keeps every locked pair, never breaks a require criterion', () => {
    fc.assert(
      fc.property(arbWorld, fc.constantFrom(...STRATEGIES), arbLoad, ({ org, programme }, strategy, load) =>
        assertMatchingInvariants(org, programme, run(org, programme, strategy, strategy === 'stable' ? 0 : load)),
      ),
      { numRuns: 300 },
    )
  })

  it('never proposes again a pair that already runs (existing), and says so when it leaves a mentee unmatched', () => {
    const arb = arbWorld.chain((w) =>
      fc
        .subarray(w.programme.mentors.flatMap((mentorId) => w.programme.mentees.map((m) => ({ mentorId, menteeId: m.employeeId }))))
        .map((extra) => {
          const lockedMentees = new Set(w.programme.locked.map((l) => l.menteeId as string))
          const count = (pairs: readonly { mentorId: string }[], id: string) => pairs.filter((x) => x.mentorId === id).length
          const capacity = (id: string) => w.org.index.employeeById.get(id as never)?.mentorCapacity ?? 0
          const existing = extra.reduce(
            (acc, e) =>
              !lockedMentees.has(e.menteeId) && count(acc, e.mentorId) + count(w.programme.locked, e.mentorId) < capacity(e.mentorId) ? [...acc, e] : acc,
            [...w.programme.existing],
          )
          return { ...w, programme: { ...w.programme, existing } }
        }),
    )
    fc.assert(
      fc.property(arb, fc.constantFrom(...STRATEGIES), ({ org, programme }, strategy) => {
        const m = run(org, programme, strategy)
        const running = new Set(programme.existing.map((e) => `${e.mentorId}>${e.menteeId}`))
        expect(m.pairs.filter((p) => running.has(`${p.mentorId}>${p.menteeId}`))).toEqual([])
        expect(reasonProblems(org, programme, m)).toEqual([])
        assertMatchingInvariants(org, programme, m)
      }),
      { numRuns: 200 },
    )
  })

  it('gives every unmatched mentee the reasons scorePair and the capacities account for', () => {
    fc.assert(
      fc.property(arbWorld, fc.constantFrom(...STRATEGIES), ({ org, programme }, strategy) => {
        expect(reasonProblems(org, programme, run(org, programme, strategy))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same matching for any order of mentees, mentors, criteria and pairs', () => {
    const arb = arbWorld.chain((w) => arbPermuted(w.programme).map((permuted) => ({ ...w, permuted })))
    fc.assert(
      fc.property(arb, fc.constantFrom(...STRATEGIES), arbLoad, ({ org, programme, permuted }, strategy, l) => {
        const load = strategy === 'stable' ? 0 : l
        expect(run(org, permuted, strategy, load)).toEqual(run(org, programme, strategy, load))
      }),
      { numRuns: 300 },
    )
  })
})

describe('match: optimal', () => {
  it('matches as many mentees as brute force, then reaches its best total score', () => {
    fc.assert(
      fc.property(arbWorld, ({ org, programme }) => {
        const best = bruteForce(smallOf(org, programme), 0)
        const m = run(org, programme, 'optimal')
        expect(m.pairs.length).toBe(best.matched)
        expect(close(m.totalScore, best.total)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('with load balance, matches as many as brute force and reaches its best score minus penalties', () => {
    fc.assert(
      fc.property(arbWorld, fc.double({ min: 0, max: 0.6, noNaN: true }), ({ org, programme }, load) => {
        const small = smallOf(org, programme)
        const best = bruteForce(small, load)
        const m = run(org, programme, 'optimal', load)
        expect(m.pairs.length).toBe(best.matched)
        expect(close(objectiveOf(small, m, load), best.objective)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('is at least as good as every other strategy in (coverage, total score), and comparedToOptimal says by how much', () => {
    fc.assert(
      fc.property(arbWorld, fc.constantFrom(...STRATEGIES.filter((s) => s !== 'optimal')), ({ org, programme }, strategy) => {
        const best = run(org, programme, 'optimal')
        const other = run(org, programme, strategy)
        const n = programme.mentees.length
        expect(best.pairs.length).toBeGreaterThanOrEqual(other.pairs.length)
        if (best.pairs.length === other.pairs.length) expect(best.totalScore).toBeGreaterThanOrEqual(other.totalScore - 1e-9)
        expect(other.comparedToOptimal).toEqual({
          coverageLost: n === 0 ? 0 : (best.pairs.length - other.pairs.length) / n,
          scoreLost: best.totalScore - other.totalScore,
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('match: greedy', () => {
  it('reaches at least half the total score of optimal (greedy is a 1/2-approximation of the heaviest matching)', () => {
    fc.assert(
      fc.property(arbWorld, ({ org, programme }) => {
        expect(2 * run(org, programme, 'greedy').totalScore).toBeGreaterThanOrEqual(run(org, programme, 'optimal').totalScore - 1e-9)
      }),
      { numRuns: 300 },
    )
  })

  it('places at least half as many mentees as optimal (a maximal matching)', () => {
    fc.assert(
      fc.property(arbWorld, arbLoad, ({ org, programme }, load) => {
        const locked = programme.locked.length
        const best = run(org, programme, 'optimal').pairs.length - locked
        const greedy = run(org, programme, 'greedy', load).pairs.length - locked
        expect(2 * greedy).toBeGreaterThanOrEqual(best)
      }),
      { numRuns: 300 },
    )
  })
})
