import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { solveAssignment, type Assignment } from '../../src/solve/index.js'
import { instance, flat, type Instance } from './arbitraries.js'
import { bruteAssignment } from './brute.js'
import { right } from './helpers.js'

/** The assignment is valid: real columns, capacities kept, no forbidden cell, figures add up. */
const checkValid = (x: Instance, r: Assignment): void => {
  const forbidden = x.maximize ? -Infinity : Infinity
  const used = new Array<number>(x.capacities.length).fill(0)
  let total = 0
  let card = 0
  expect(r.assignment.length).toBe(x.costs.length)
  r.assignment.forEach((j, i) => {
    if (j === -1) return
    expect(j).toBeGreaterThanOrEqual(0)
    expect(j).toBeLessThan(x.capacities.length)
    const c = x.costs[i]?.[j]
    expect(c).not.toBe(forbidden)
    total += c ?? NaN
    card++
    used[j] = (used[j] ?? 0) + 1
  })
  used.forEach((u, j) => expect(u).toBeLessThanOrEqual(x.capacities[j] ?? 0))
  expect(r.cardinality).toBe(card)
  expect(r.total).toBeCloseTo(total, 6)
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b))

describe('solveAssignment', () => {
  it('reaches the brute-force optimum: largest cardinality, then best total, minimising and maximising', () => {
    fc.assert(
      fc.property(instance(7), (x) => {
        const r = right(solveAssignment(x.costs, { maximize: x.maximize, capacities: x.capacities }))
        checkValid(x, r)
        const best = bruteAssignment(x.costs, x.capacities, x.maximize)
        expect(r.cardinality).toBe(best.cardinality)
        expect(close(r.total, best.total), `${r.total} vs ${best.total}`).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  it('gives the same result for number[][] and for a row-major Float64Array, and for capacities as a typed array', () => {
    fc.assert(
      fc.property(instance(6), (x) => {
        const opts = { maximize: x.maximize, capacities: x.capacities }
        const a = right(solveAssignment(x.costs, opts))
        const b = right(solveAssignment(flat(x.costs, x.capacities.length), opts))
        expect(Array.from(b.assignment)).toEqual(Array.from(a.assignment))
        expect(b.total).toBe(a.total)
        const typed = right(solveAssignment(x.costs, { maximize: x.maximize, capacities: Int32Array.from(x.capacities) }))
        expect(Array.from(typed.assignment)).toEqual(Array.from(a.assignment))
      }),
      { numRuns: 100 },
    )
  })

  it('with capacity 1 everywhere, the default, gives the brute-force optimum', () => {
    fc.assert(
      fc.property(instance(7), (x) => {
        const r = right(solveAssignment(x.costs, { maximize: x.maximize }))
        const best = bruteAssignment(x.costs, x.capacities.map(() => 1), x.maximize)
        expect(r.cardinality).toBe(best.cardinality)
        expect(close(r.total, best.total)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('maximising a matrix equals minimising its negation', () => {
    fc.assert(
      fc.property(instance(6), (x) => {
        const neg = x.costs.map((row) => row.map((c) => -c))
        const a = right(solveAssignment(x.costs, { maximize: x.maximize, capacities: x.capacities }))
        const b = right(solveAssignment(neg, { maximize: !x.maximize, capacities: x.capacities }))
        expect(b.cardinality).toBe(a.cardinality)
        expect(close(b.total, -a.total)).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('is deterministic: the same input gives the same assignment', () => {
    fc.assert(
      fc.property(instance(7), (x) => {
        const opts = { maximize: x.maximize, capacities: x.capacities }
        const a = right(solveAssignment(x.costs, opts))
        const b = right(solveAssignment(x.costs, opts))
        expect(Array.from(b.assignment)).toEqual(Array.from(a.assignment))
      }),
      { numRuns: 50 },
    )
  })

  it('assigns the row with the cheaper cell when two rows compete for one column', () => {
    const r = right(solveAssignment([[10], [1]]))
    expect(Array.from(r.assignment)).toEqual([-1, 0])
    expect(r.total).toBe(1)
  })

  it('prefers one more assigned row to any saving in cost', () => {
    // Best total with one pair would be 1 (row 0 to column 0), but two pairs are possible.
    const r = right(solveAssignment([[1, 1000], [2, Infinity]]))
    expect(r.cardinality).toBe(2)
    expect(r.total).toBe(1002)
  })
})

describe('solveAssignment with huge costs', () => {
  it('costs near the largest double give the same cardinality and total as the same problem in small numbers', () => {
    fc.assert(
      fc.property(instance(6), (x) => {
        const big = 2 ** 1020
        const opts = { maximize: x.maximize, capacities: x.capacities }
        const small = x.costs.map((row) => row.map((c) => (Number.isFinite(c) ? Math.trunc(c) % 16 : c)))
        const a = right(solveAssignment(small, opts))
        const r = right(solveAssignment(small.map((row) => row.map((c) => c * big)), opts))
        expect(r.cardinality).toBe(a.cardinality)
        const exact = small.reduce((t, row, i) => t + (r.assignment[i] !== undefined && r.assignment[i] >= 0 ? (row[r.assignment[i]] ?? NaN) : 0), 0)
        expect(exact).toBe(a.total)
      }),
      { numRuns: 200 },
    )
  })
})
