import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { solveAssignment, solveSparseAssignment, type Candidate } from '../../src/solve/index.js'
import { instance, type Instance } from './arbitraries.js'
import { bruteAssignment } from './brute.js'
import { right } from './helpers.js'

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b))

/** The candidate lists of an instance, in an order given by `keys`, forbidden cells kept or not. */
const toCandidates = (x: Instance, keys: readonly number[], keepForbidden: boolean): Candidate[][] =>
  x.costs.map((row, i) =>
    row
      .map((c, j) => [j, c] as Candidate)
      .filter(([, c]) => keepForbidden || Number.isFinite(c))
      .sort((a, b) => (keys[(i * 7 + a[0]) % keys.length] ?? 0) - (keys[(i * 7 + b[0]) % keys.length] ?? 0)),
  )

const withLists = fc
  .tuple(instance(7), fc.array(fc.integer(), { minLength: 49, maxLength: 49 }), fc.boolean())
  .map(([x, keys, keep]) => ({ x, lists: toCandidates(x, keys, keep) }))

describe('solveSparseAssignment', () => {
  it('equals the dense solver in cardinality and total, for lists in any order', () => {
    fc.assert(
      fc.property(withLists, ({ x, lists }) => {
        const opts = { maximize: x.maximize, capacities: x.capacities }
        const s = right(solveSparseAssignment(x.costs.length, x.capacities.length, lists, opts))
        const d = right(solveAssignment(x.costs, opts))
        expect(s.cardinality).toBe(d.cardinality)
        expect(close(s.total, d.total), `${s.total} vs ${d.total}`).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('reaches the brute-force optimum and returns a valid assignment', () => {
    fc.assert(
      fc.property(withLists, ({ x, lists }) => {
        const r = right(solveSparseAssignment(x.costs.length, x.capacities.length, lists, { maximize: x.maximize, capacities: x.capacities }))
        const best = bruteAssignment(x.costs, x.capacities, x.maximize)
        expect(r.cardinality).toBe(best.cardinality)
        expect(close(r.total, best.total)).toBe(true)
        const used = x.capacities.map(() => 0)
        let total = 0
        r.assignment.forEach((j, i) => {
          if (j < 0) return
          const c = x.costs[i]?.[j] ?? NaN
          expect(Number.isFinite(c)).toBe(true)
          used[j] = (used[j] ?? 0) + 1
          total += c
        })
        used.forEach((u, j) => expect(u).toBeLessThanOrEqual(x.capacities[j] ?? 0))
        expect(close(r.total, total)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('leaves rows without candidates unassigned', () => {
    const r = right(solveSparseAssignment(3, 2, [[[0, 5], [1, 1]], [[1, 2]], []], { capacities: [1, 1] }))
    expect(Array.from(r.assignment)).toEqual([0, 1, -1])
    expect(r.total).toBe(7)
  })
})

describe('solveSparseAssignment with capacities', () => {
  it('lets a column with capacity 2 take two rows', () => {
    const r = right(solveSparseAssignment(3, 2, [[[0, 5], [1, 1]], [[1, 2]], []], { capacities: [1, 2] }))
    expect(Array.from(r.assignment)).toEqual([1, 1, -1])
    expect(r.total).toBe(3)
  })
})

describe('solveSparseAssignment on square problems with capacity 1 (Jonker-Volgenant initialisation)', () => {
  /** Square instances with capacity 1; `forbidden` in 5 cells forbidden on average. */
  const squareWith = (forbidden: number) => {
    const cell = fc.oneof(
      { weight: forbidden, arbitrary: fc.constant(Infinity) },
      { weight: 5 - forbidden, arbitrary: fc.integer({ min: 0, max: 6 }) },
    )
    return fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.record({
        costs: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
        capacities: fc.constant(Array.from({ length: n }, () => 1)),
        maximize: fc.constant(false),
      }),
    )
  }
  const square = squareWith(1)

  it('reaches the brute-force optimum, ties and forbidden cells included', () => {
    fc.assert(
      fc.property(square, (x) => {
        const lists = x.costs.map((row) => row.flatMap((c, j) => (Number.isFinite(c) ? [[j, c] as Candidate] : [])))
        const r = right(solveSparseAssignment(x.costs.length, x.costs.length, lists))
        const best = bruteAssignment(x.costs, x.capacities, false)
        expect(r.cardinality).toBe(best.cardinality)
        expect(r.total).toBe(best.total)
      }),
      { numRuns: 400 },
    )
  })

  it('keeps the largest cardinality when no perfect matching exists (the perfect-matching shortcut gives way to the split)', () => {
    let imperfect = 0
    fc.assert(
      fc.property(squareWith(3), (x) => {
        const lists = x.costs.map((row) => row.flatMap((c, j) => (Number.isFinite(c) ? [[j, c] as Candidate] : [])))
        const r = right(solveSparseAssignment(x.costs.length, x.costs.length, lists))
        const best = bruteAssignment(x.costs, x.capacities, false)
        if (best.cardinality < x.costs.length) imperfect++
        expect(r.cardinality).toBe(best.cardinality)
        expect(r.total).toBe(best.total)
        expect(right(solveAssignment(x.costs)).total).toBe(r.total)
      }),
      { numRuns: 400 },
    )
    expect(imperfect).toBeGreaterThan(50)
  })
})

describe('solveSparseAssignment with huge costs', () => {
  it('costs near the largest double give the same cardinality and total as in small numbers', () => {
    fc.assert(
      fc.property(withLists, ({ x, lists }) => {
        const big = 2 ** 1020
        const opts = { maximize: x.maximize, capacities: x.capacities }
        const small = lists.map((l) => l.map(([j, c]) => [j, Number.isFinite(c) ? Math.trunc(c) % 16 : c] as Candidate))
        const a = right(solveSparseAssignment(x.costs.length, x.capacities.length, small, opts))
        const huge = small.map((l) => l.map(([j, c]) => [j, c * big] as Candidate))
        const r = right(solveSparseAssignment(x.costs.length, x.capacities.length, huge, opts))
        expect(r.cardinality).toBe(a.cardinality)
        const exact = r.assignment.reduce((t, j, i) => t + (j < 0 ? 0 : (small[i]?.find(([k]) => k === j)?.[1] ?? NaN)), 0)
        expect(exact).toBe(a.total)
      }),
      { numRuns: 200 },
    )
  })
})
