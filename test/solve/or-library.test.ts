import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { solveAssignment, solveSparseAssignment } from '../../src/solve/index.js'
import { orLibraryDir, orLibraryPresent, publishedOptima, readDense, readSparse, sourceTableOptima } from './or-library.js'

const DENSE = ['assign100', 'assign200', 'assign300', 'assign400', 'assign500', 'assign600', 'assign700', 'assign800']
const SPARSE = ['assignp800', 'assignp1500', 'assignp3000', 'assignp5000']

const present = orLibraryPresent()
if (!present) console.warn(`OR-Library tests skipped: no instances in ${orLibraryDir} (expected ../shared/data/or-library next to the repository)`)

describe.skipIf(!present)('OR-Library assignment instances (Beasley), solved to their published optima', () => {
  const optima = present ? publishedOptima() : new Map<string, number>()

  it('assignopt.txt and the table of SOURCE.md agree on all twelve optima', () => {
    const table = sourceTableOptima()
    expect([...optima.keys()].sort()).toEqual([...DENSE, ...SPARSE].sort())
    expect([...table.entries()].sort()).toEqual([...optima.entries()].sort())
  })

  for (const name of DENSE) {
    it(`${name}: solveAssignment reaches the optimum`, () => {
      const { n, data } = readDense(name)
      const r = solveAssignment({ rows: n, cols: n, data })
      expect(E.isRight(r) && r.right.cardinality).toBe(n)
      expect(E.isRight(r) && r.right.total).toBe(optima.get(name))
    })
  }

  for (const name of SPARSE) {
    it(`${name}: solveSparseAssignment reaches the optimum`, () => {
      const { n, candidates } = readSparse(name)
      const r = solveSparseAssignment(n, n, candidates)
      expect(E.isRight(r) && r.right.cardinality).toBe(n)
      expect(E.isRight(r) && r.right.total).toBe(optima.get(name))
    })
  }
})
