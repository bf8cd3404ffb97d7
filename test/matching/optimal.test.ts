/**
 * The `optimal` strategy's two solvers: dense and sparse reach the same optimum.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { totalsOf } from '../../src/matching/assemble.js'
import { canonicalProgramme } from '../../src/matching/canonical.js'
import { instanceOf, type Instance } from '../../src/matching/instance.js'
import { solveOptimal } from '../../src/matching/optimal.js'
import type { Organisation } from '../../src/model/organisation.js'
import { buildScoreMatrix } from '../../src/pairing/score-matrix.js'
import type { Programme } from '../../src/programme/programme.js'
import { close, penaltyOf } from './brute.js'
import { hostWorld } from './support.js'
import { arbTableWorld } from './table-world.js'

const instance = (org: Organisation, programme: Programme): Instance => {
  const m = buildScoreMatrix(org, canonicalProgramme(programme))
  if (E.isLeft(m)) throw new Error('unscorable')
  const inst = instanceOf(org, m.right, programme)
  if (E.isLeft(inst)) throw new Error('unmatchable')
  return inst.right
}

const solved = (inst: Instance, load: number, solver: 'dense' | 'sparse'): Int32Array => {
  const r = solveOptimal(inst, load, solver)
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}

/** Total score minus the load-balance penalties of the new pairs. */
const objective = (inst: Instance, a: Int32Array, load: number): number => {
  const extra = new Int32Array(inst.matrix.cols)
  for (const i of inst.free) if ((a[i] ?? -1) >= 0) extra[a[i] ?? 0] = (extra[a[i] ?? 0] ?? 0) + 1
  let penalty = 0
  extra.forEach((n, j) => {
    penalty += penaltyOf(inst.before[j] ?? 0, n, load)
  })
  return totalsOf(inst, a).total - penalty
}

describe('optimal: dense and sparse solvers', () => {
  it('match the same number of mentees with the same total score, with and without load balance', () => {
    const arbWorld = fc.oneof(hostWorld(12, 6, 6), arbTableWorld(), arbTableWorld({ ties: false }))
    fc.assert(
      fc.property(arbWorld, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), ({ org, programme }, load) => {
        const inst = instance(org, programme)
        const dense = solved(inst, load, 'dense')
        const sparse = solved(inst, load, 'sparse')
        expect(totalsOf(inst, sparse).matched).toBe(totalsOf(inst, dense).matched)
        expect(close(objective(inst, sparse, load), objective(inst, dense, load))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
