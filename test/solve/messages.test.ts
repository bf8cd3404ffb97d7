import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { solve } from '../../src/i18n/sections/solve.js'
import { SOLVE_EN, solveAssignment, solveSparseAssignment, solveStable, type SolveError, type SolveIssue } from '../../src/solve/index.js'

const render = (locale: 'en' | 'nl', i: SolveIssue): string =>
  (solve[locale][i.code] as (p: SolveIssue['params']) => string)(i.params)

const errors = fc.oneof(
  fc.tuple(fc.anything(), fc.anything()).map(([c, o]) => solveAssignment(c as never, o as never)),
  fc.tuple(fc.anything(), fc.anything(), fc.anything()).map(([r, c, l]) => solveSparseAssignment(r as never, c as never, l as never)),
  fc.record({ proposers: fc.integer({ min: -1, max: 3 }), receivers: fc.integer({ min: 0, max: 3 }), proposerPrefs: fc.anything(), receiverPrefs: fc.anything() }).map((p) => solveStable(p as never)),
)

describe('solver messages', () => {
  it('every issue a solver reports renders in English (as its message) and in Dutch, with no gaps', () => {
    fc.assert(
      fc.property(errors, (r: E.Either<SolveError, unknown>) => {
        if (E.isRight(r)) return
        expect(r.left.message).toMatch(/^The solver input has \d+ problems?\.$/)
        for (const i of r.left.issues) {
          expect(render('en', i)).toBe(i.message)
          const nl = render('nl', i)
          expect(nl.length).toBeGreaterThan(10)
          expect(nl).not.toMatch(/undefined|\[object/)
          expect(i.message).not.toMatch(/\[object/)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('the Dutch section has exactly the English codes', () => {
    expect(Object.keys(solve.nl).sort()).toEqual(Object.keys(SOLVE_EN).sort())
  })
})
