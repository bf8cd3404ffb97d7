/**
 * The bidirectional engine for square problems with capacity 1: after every augmentation the
 * prices still prove the partial assignment cheapest (no edge of an assigned row below zero
 * reduced cost, every assigned edge tight), and the end result is the optimum of the dense solver.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { biState, type BiState } from '../../src/solve/bi-state.js'
import { biAugment } from '../../src/solve/bidirectional.js'
import { emptyFlow } from '../../src/solve/flow.js'
import { jvInit } from '../../src/solve/jv-init.js'
import { csrRows } from '../../src/solve/rows.js'
import { solveAssignment } from '../../src/solve/index.js'
import { listsToCsr, right } from './helpers.js'

/** A square graph: each row's distinct columns with integer costs (many ties) or doubles. */
const graph = fc
  .record({ n: fc.integer({ min: 1, max: 40 }), degree: fc.integer({ min: 1, max: 6 }), ints: fc.boolean() })
  .chain(({ n, degree, ints }) =>
    fc.array(
      fc.uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), ints ? fc.integer({ min: 0, max: 4 }) : fc.double({ min: -50, max: 50, noNaN: true })),
        { minLength: 1, maxLength: Math.min(degree, n), selector: ([j]) => j },
      ),
      { minLength: n, maxLength: n },
    ),
  )

/** Every problem with the prices of `s`: edges of assigned rows below zero, assigned edges not tight. */
const priceProblems = (s: BiState): string[] => {
  const out: string[] = []
  const { g, u, v } = s
  for (let i = 0; i < g.nL; i++) {
    const held = s.rowCol[i] as number
    if (held < 0) continue
    if (s.colRow[held] !== i) out.push(`row ${i} holds ${held}, which names ${s.colRow[held]}`)
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
      const j = g.adj[e] as number
      const c = g.cost[e] as number
      const r = c - (u[i] as number) - (v[j] as number)
      const eps = 1e-9 * (1 + Math.abs(c) + Math.abs(u[i] as number) + Math.abs(v[j] as number))
      if (r < -eps) out.push(`edge ${i}-${j} has reduced cost ${r}`)
      if (j === held && Math.abs(r) > eps) out.push(`assigned edge ${i}-${j} has reduced cost ${r}`)
    }
  }
  return out
}

const freeListProblems = (s: BiState): string[] => {
  const listed = new Set(Array.from(s.freeCols.subarray(0, s.nfree)))
  return Array.from({ length: s.g.nR }, (_, j) => j).flatMap((j) =>
    listed.has(j) === (s.colRow[j] as number) < 0 ? [] : [`column ${j} free ${listed.has(j)} in the list`],
  )
}

const dense = (lists: readonly (readonly (readonly [number, number])[])[]) => {
  const n = lists.length
  const rows = lists.map((l) => {
    const row = Array.from({ length: n }, () => Infinity)
    for (const [j, c] of l) row[j] = c
    return row
  })
  return right(solveAssignment(rows))
}

describe('bidirectional shortest augmenting paths', () => {
  it('after every augmentation the prices prove the partial assignment cheapest, and the end is the dense optimum', () => {
    let backward = 0
    fc.assert(
      fc.property(graph, (lists) => {
        const g = listsToCsr(lists)
        const f = emptyFlow(g.nL, g.nR, new Int32Array(g.nR).fill(1), g.nL)
        const free = jvInit(f, csrRows(g))
        const s = biState(f, g)
        expect(priceProblems(s)).toEqual([])
        let placed = g.nL - free.length
        for (const i of free) {
          if (biAugment(s, i)) placed++
          if (s.workB > 0) backward++
          expect(priceProblems(s)).toEqual([])
          expect(freeListProblems(s)).toEqual([])
        }
        const best = dense(lists)
        expect(placed === g.nL).toBe(best.cardinality === g.nL)
        if (placed < g.nL) return
        let total = 0
        for (let i = 0; i < g.nL; i++) total += lists[i]?.find(([j]) => j === s.rowCol[i])?.[1] ?? NaN
        expect(total).toBeCloseTo(best.total, 6)
      }),
      { numRuns: 500 },
    )
    expect(backward).toBeGreaterThan(100)
  })

})
