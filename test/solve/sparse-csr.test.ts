import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { solveSparseAssignment, type Candidate, type CompressedCandidates } from '../../src/solve/index.js'
import { instance } from './arbitraries.js'

/** The same lists in compressed sparse row form, as plain arrays or typed arrays. */
const compress = (lists: readonly (readonly Candidate[])[], typed: boolean): CompressedCandidates => {
  const offsets = [0]
  const columns: number[] = []
  const costs: number[] = []
  for (const row of lists) {
    for (const [c, x] of row) {
      columns.push(c)
      costs.push(x)
    }
    offsets.push(columns.length)
  }
  return typed ? { offsets: Int32Array.from(offsets), columns: Int32Array.from(columns), costs: Float64Array.from(costs) } : { offsets, columns, costs }
}

const listsOf = (costs: readonly (readonly number[])[]): Candidate[][] =>
  costs.map((row) => row.flatMap((c, j): Candidate[] => (Number.isNaN(c) ? [] : [[j, c]])))

const codes = (r: E.Either<{ issues: readonly { code: string; path: readonly (string | number)[] }[] }, unknown>) =>
  E.isLeft(r) ? r.left.issues.map((i) => [i.code, i.path.join('.')]) : []

describe('solveSparseAssignment on compressed candidates', () => {
  it('gives exactly the result of the same candidates as [column, cost] lists (plain or typed arrays, forbidden cells included)', () => {
    fc.assert(
      fc.property(instance(7), fc.boolean(), (x, typed) => {
        const lists = listsOf(x.costs)
        const cols = x.capacities.length
        const options = { maximize: x.maximize, capacities: x.capacities }
        expect(solveSparseAssignment(x.costs.length, cols, compress(lists, typed), options)).toEqual(
          solveSparseAssignment(x.costs.length, cols, lists, options),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('never changes the arrays it is given (typed arrays to minimise are used without a copy)', () => {
    fc.assert(
      fc.property(instance(7), (x) => {
        const c = compress(listsOf(x.costs), true)
        const before = [Array.from(c.offsets), Array.from(c.columns), Array.from(c.costs)]
        solveSparseAssignment(x.costs.length, x.capacities.length, c, { maximize: x.maximize, capacities: x.capacities })
        expect([Array.from(c.offsets), Array.from(c.columns), Array.from(c.costs)]).toEqual(before)
      }),
      { numRuns: 200 },
    )
  })

  it('names the offset that is wrong: the first, the last (against the number of candidates) or one between', () => {
    const messages = (offsets: number[]) => {
      const r = solveSparseAssignment(3, 2, { offsets, columns: [0, 1, 1], costs: [1, 2, 3] })
      return E.isLeft(r) ? r.left.issues.map((i) => i.message) : []
    }
    expect(messages([0, 2, 3, 4])).toEqual(['The last offset must be 3, the number of candidates, received 4.'])
    expect(messages([1, 2, 3, 3])).toEqual(['The first offset must be 0, received 1.'])
    expect(messages([0, 2, 1, 3])).toEqual(['Offset 2 must be a whole number from the offset before it to 3, received 1.'])
  })

  it('reports both problems of an entry whose column and cost are wrong, in either input form', () => {
    expect(codes(solveSparseAssignment(1, 2, { offsets: [0, 1], columns: [5], costs: [Number.NaN] }))).toEqual([
      ['solve-invalid-index', 'candidates.columns.0'],
      ['solve-invalid-cost', 'candidates.costs.0'],
    ])
    expect(codes(solveSparseAssignment(1, 2, [[[5, Number.NaN]]]))).toEqual([
      ['solve-invalid-index', 'candidates.0.0.0'],
      ['solve-invalid-cost', 'candidates.0.0.1'],
    ])
  })

  it('reports every bad entry with its path, never a throw', () => {
    const bad = { offsets: [0, 3, 2, 5], columns: [0, 7, 0, 1, 1], costs: [1, 2, Number.NaN, -Infinity, 3] }
    expect(codes(solveSparseAssignment(3, 2, bad))).toEqual([['solve-invalid-offset', 'candidates.offsets.2']])
    const entries = { offsets: [0, 3, 5], columns: [0, 7, 0, 1, 1], costs: [1, 2, Number.NaN, -Infinity, 3] }
    expect(codes(solveSparseAssignment(2, 2, entries))).toEqual([
      ['solve-invalid-index', 'candidates.columns.1'],
      ['solve-invalid-cost', 'candidates.costs.2'],
      ['solve-wrong-infinity', 'candidates.costs.3'],
    ])
    expect(codes(solveSparseAssignment(1, 2, { offsets: [0, 2], columns: [1, 1], costs: [1, 2] }))).toEqual([
      ['solve-duplicate', 'candidates.columns.1'],
    ])
    expect(codes(solveSparseAssignment(2, 2, { offsets: [0, 1], columns: [0], costs: [] }))).toEqual([
      ['solve-wrong-length', 'candidates.offsets'],
      ['solve-wrong-length', 'candidates.costs'],
    ])
    expect(codes(solveSparseAssignment(1, 1, { offsets: 'x', columns: [0], costs: null } as never))).toEqual([
      ['solve-invalid-list', 'candidates.offsets'],
      ['solve-invalid-list', 'candidates.costs'],
    ])
  })

  it('never throws on arbitrary compressed input', () => {
    const arr = fc.oneof(fc.array(fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double(), fc.constant(Infinity))), fc.anything())
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), arr, arr, arr, (rows, cols, offsets, columns, costs) => {
        const r = solveSparseAssignment(rows, cols, { offsets, columns, costs } as never)
        expect(E.isLeft(r) || E.isRight(r)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
