import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { solveAssignment, type SolveError } from '../../src/solve/index.js'

const left = (e: E.Either<SolveError, unknown>): SolveError => {
  if (E.isRight(e)) throw new Error('expected Left')
  return e.left
}
const codes = (e: SolveError): string[] => e.issues.map((i) => i.code)

/** Anything at all, including the shapes the solver expects with wrong contents. */
const junk = fc.oneof(
  fc.anything(),
  fc.array(fc.array(fc.oneof(fc.double(), fc.anything()), { maxLength: 4 }), { maxLength: 4 }),
  fc.record({ rows: fc.anything(), cols: fc.anything(), data: fc.anything() }),
  fc.record({
    rows: fc.integer({ min: -1, max: 4 }),
    cols: fc.integer({ min: -1, max: 4 }),
    data: fc.array(fc.double(), { maxLength: 17 }).map((a) => Float64Array.from(a)),
  }),
)
const junkOptions = fc.oneof(
  fc.anything(),
  fc.record({ maximize: fc.anything(), capacities: fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 5 })) }, { requiredKeys: [] }),
)

describe('solveAssignment on bad input', () => {
  it('never throws: any input gives a Left with coded issues or a valid Right', () => {
    fc.assert(
      fc.property(junk, junkOptions, (costs, options) => {
        const r = solveAssignment(costs as never, options as never)
        if (E.isLeft(r)) {
          expect(r.left.code).toBe('invalid-solve-input')
          expect(r.left.issues.length).toBeGreaterThan(0)
          for (const i of r.left.issues) {
            expect(i.code).toMatch(/^solve-[a-z-]+$/)
            expect(i.message.length).toBeGreaterThan(0)
          }
        } else {
          expect(r.right.cardinality).toBeLessThanOrEqual(r.right.assignment.length)
          expect(typeof r.right.total).toBe('number')
        }
      }),
      { numRuns: 500 },
    )
  })

  it('a NaN cost is a Left with its path', () => {
    const e = left(solveAssignment([[1, 2], [NaN, 3]]))
    expect(e.issues).toEqual([expect.objectContaining({ code: 'solve-invalid-cost', path: ['costs', 1, 0] })])
  })

  it('ragged rows are a Left naming each ragged row', () => {
    const e = left(solveAssignment([[1, 2], [3], [4, 5, 6]]))
    expect(e.issues.map((i) => i.path)).toEqual([['costs', 1], ['costs', 2]])
    expect(codes(e)).toEqual(['solve-ragged-row', 'solve-ragged-row'])
  })

  it('-Infinity when minimising and +Infinity when maximising are a Left', () => {
    expect(codes(left(solveAssignment([[-Infinity]])))).toEqual(['solve-wrong-infinity'])
    expect(codes(left(solveAssignment([[Infinity]], { maximize: true })))).toEqual(['solve-wrong-infinity'])
  })

  it('negative, fractional and NaN capacities are a Left, one issue each', () => {
    const e = left(solveAssignment([[1, 2, 3]], { capacities: [-1, 1.5, NaN] }))
    expect(codes(e)).toEqual(['solve-invalid-capacity', 'solve-invalid-capacity', 'solve-invalid-capacity'])
    expect(e.issues.map((i) => i.path)).toEqual([
      ['options', 'capacities', 0],
      ['options', 'capacities', 1],
      ['options', 'capacities', 2],
    ])
  })

  it('capacities of the wrong length are a Left', () => {
    expect(codes(left(solveAssignment([[1, 2]], { capacities: [1] })))).toEqual(['solve-wrong-length'])
  })

  it('data of the wrong length or type is a Left', () => {
    expect(codes(left(solveAssignment({ rows: 2, cols: 2, data: new Float64Array(3) })))).toEqual(['solve-wrong-length'])
    expect(codes(left(solveAssignment({ rows: 1, cols: 1, data: [1] as never })))).toEqual(['solve-invalid-data'])
    expect(codes(left(solveAssignment({ rows: -1, cols: 1.5, data: new Float64Array(0) })))).toEqual([
      'solve-invalid-count',
      'solve-invalid-count',
    ])
  })

  it('reports every problem at once, at most MAX_ISSUES and then a count of the rest', () => {
    const e = left(solveAssignment({ rows: 20, cols: 20, data: new Float64Array(400).fill(NaN) }))
    expect(e.issues.length).toBe(101)
    expect(e.issues[100]).toEqual(expect.objectContaining({ code: 'solve-more-issues', params: { omitted: 300 } }))
  })

  it('an empty matrix is a valid, empty assignment', () => {
    const r = solveAssignment([])
    expect(E.isRight(r) && r.right.cardinality === 0 && r.right.total === 0).toBe(true)
  })
})

describe('solveAssignment on a Float64Array with special values', () => {
  it('NaN anywhere in a large matrix is a Left; Infinity forbids; -Infinity when minimising is a Left', () => {
    const n = 70
    for (const [bad, code] of [[NaN, 'solve-invalid-cost'], [-Infinity, 'solve-wrong-infinity']] as const) {
      for (const at of [0, 1234, n * n - 1]) {
        const data = new Float64Array(n * n).fill(1)
        data[at] = bad
        expect(codes(left(solveAssignment({ rows: n, cols: n, data })))).toEqual([code])
      }
    }
    const data = new Float64Array(n * n).fill(1)
    data[5] = Infinity
    const r = solveAssignment({ rows: n, cols: n, data })
    expect(E.isRight(r) && r.right.assignment[0] !== 5 && r.right.cardinality === n).toBe(true)
  })
})
