import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { solveSparseAssignment, solveStable, type SolveError } from '../../src/solve/index.js'

const left = (e: E.Either<SolveError, unknown>): SolveError => {
  if (E.isRight(e)) throw new Error('expected Left')
  return e.left
}
const codes = (e: SolveError): string[] => e.issues.map((i) => i.code)

const wellFormedLeft = (r: E.Either<SolveError, unknown>): void => {
  if (E.isRight(r)) return
  expect(r.left.code).toBe('invalid-solve-input')
  expect(r.left.issues.length).toBeGreaterThan(0)
  for (const i of r.left.issues) expect(i.code).toMatch(/^solve-[a-z-]+$/)
}

const smallInt = fc.integer({ min: -2, max: 6 })
const entry = fc.oneof(fc.anything(), fc.tuple(fc.oneof(smallInt, fc.double()), fc.oneof(fc.double(), fc.anything())))

describe('solveSparseAssignment on bad input', () => {
  it('never throws: any input gives a Left with coded issues or a Right', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallInt, fc.anything()),
        fc.oneof(smallInt, fc.anything()),
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), fc.array(entry, { maxLength: 4 })), { maxLength: 6 })),
        fc.oneof(fc.anything(), fc.record({ maximize: fc.anything(), capacities: fc.anything() }, { requiredKeys: [] })),
        (rows, cols, candidates, options) => {
          wellFormedLeft(solveSparseAssignment(rows as never, cols as never, candidates as never, options as never))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('an out-of-range column, a duplicate column, a NaN cost are each a Left with their path', () => {
    const e = left(solveSparseAssignment(2, 2, [[[0, 1], [2, 1]], [[1, NaN], [0, 1], [0, 2]]]))
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['solve-invalid-index', ['candidates', 0, 1, 0]],
      ['solve-invalid-cost', ['candidates', 1, 0, 1]],
      ['solve-duplicate', ['candidates', 1, 2, 0]],
    ])
  })

  it('wrong lengths and bad counts are a Left', () => {
    expect(codes(left(solveSparseAssignment(2, 2, [[]])))).toEqual(['solve-wrong-length'])
    expect(codes(left(solveSparseAssignment(-1, 2.5, [])))).toEqual(['solve-invalid-count', 'solve-invalid-count'])
    expect(codes(left(solveSparseAssignment(1, 1, [[[0]]] as never)))).toEqual(['solve-invalid-candidate'])
  })
})

describe('solveStable on bad input', () => {
  it('never throws: any input gives a Left with coded issues or a Right', () => {
    const prefs = fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), fc.array(fc.oneof(smallInt, fc.anything()), { maxLength: 5 })), { maxLength: 5 }))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              proposers: fc.oneof(smallInt, fc.anything()),
              receivers: fc.oneof(smallInt, fc.anything()),
              capacities: fc.oneof(fc.anything(), fc.array(smallInt, { maxLength: 5 })),
              proposerPrefs: prefs,
              receiverPrefs: prefs,
            },
            { requiredKeys: [] },
          ),
        ),
        (p) => wellFormedLeft(solveStable(p as never)),
      ),
      { numRuns: 500 },
    )
  })

  it('duplicates and out-of-range indices in lists are a Left with their path', () => {
    const e = left(solveStable({ proposers: 2, receivers: 1, proposerPrefs: [[0, 0], [1]], receiverPrefs: [[0, 1, 1]] }))
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['solve-duplicate', ['proposerPrefs', 0, 1]],
      ['solve-invalid-index', ['proposerPrefs', 1, 0]],
      ['solve-duplicate', ['receiverPrefs', 0, 2]],
    ])
  })

  it('negative or fractional capacities and wrong lengths are a Left', () => {
    const base = { proposers: 1, receivers: 2, proposerPrefs: [[0]], receiverPrefs: [[0], []] }
    expect(codes(left(solveStable({ ...base, capacities: [-1, 0.5] })))).toEqual(['solve-invalid-capacity', 'solve-invalid-capacity'])
    expect(codes(left(solveStable({ ...base, capacities: [1] })))).toEqual(['solve-wrong-length'])
    expect(codes(left(solveStable({ ...base, receiverPrefs: [[0]] })))).toEqual(['solve-wrong-length'])
    expect(codes(left(solveStable(null as never)))).toEqual(['solve-invalid-problem'])
  })
})
