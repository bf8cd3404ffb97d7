import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { munkres } from 'munkres'
import { describe, expect, it } from 'vitest'
import { solveAssignment } from '../../src/solve/index.js'
import { readPart, runPart } from '../../src/solve/part.js'
import { denseToCsr } from '../../src/solve/graph.js'
import { sparseFirst } from '../../src/solve/sparse-first.js'

/** A random rows x cols matrix (rows <= total capacity), some cells forbidden, ties if integer. */
const problem = fc
  .record({
    rows: fc.integer({ min: 1, max: 30 }),
    cols: fc.integer({ min: 1, max: 30 }),
    integers: fc.boolean(),
    forbid: fc.constantFrom(0, 0, 0.1),
    huge: fc.boolean(),
    keep: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer(),
  })
  .chain((p) =>
    fc.record({
      p: fc.constant(p),
      cells: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: p.rows * p.cols, maxLength: p.rows * p.cols }),
      caps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: p.cols, maxLength: p.cols }),
    }),
  )
  .map(({ p, cells, caps }) => {
    const cost = Float64Array.from(cells, (x, k) => {
      if ((x * 1000 + k * 7) % 1 < p.forbid) return Infinity
      if (p.huge && k === 3) return 1e10
      return p.integers ? Math.floor(x * 6) : x
    })
    // Make room for every row, and keep every row with at least one allowed cell.
    while (caps.reduce((a, b) => a + b, 0) < p.rows) caps[caps.length - 1] = (caps[caps.length - 1] ?? 0) + 1
    for (let i = 0; i < p.rows; i++) cost[i * p.cols] = p.integers ? 3 : 0.5
    return { ...p, cost, cap: Int32Array.from(caps) }
  })

const ids = (n: number): Int32Array => Int32Array.from({ length: n }, (_, k) => k)

/** Total of the dense engine on the same part (no sparse-first below 4096 cells). */
const denseTotal = (x: { rows: number; cols: number; cost: Float64Array; cap: Int32Array }): { total: number; count: number } => {
  const part = {
    rowsLeft: true,
    leftIds: ids(x.rows),
    rightIds: ids(x.cols),
    demand: new Int32Array(x.rows).fill(1),
    cap: x.cap,
    costs: { kind: 'dense' as const, cost: x.cost, sign: 1 },
  }
  const a = new Int32Array(x.rows).fill(-1)
  readPart(part, runPart(part), a)
  let total = 0
  let count = 0
  a.forEach((j, i) => {
    if (j >= 0) {
      total += x.cost[i * x.cols + j] ?? NaN
      count++
    }
  })
  return { total, count }
}

describe('sparse first, then proof by dual prices', () => {
  it('when it answers, its total equals the dense engine on the whole matrix, even keeping only 1-4 cells per row', () => {
    let answered = 0
    fc.assert(
      fc.property(problem, (x) => {
        const f = sparseFirst({ kind: 'dense', cost: x.cost, sign: 1, nR: x.cols }, x.rows, x.cols, x.cap, x.keep)
        if (f === undefined) return
        answered++
        let total = 0
        let count = 0
        const used = new Int32Array(x.cols)
        for (let r = 0; r < f.made; r++) {
          const i = f.recLeft[r] ?? -1
          const j = f.recRight[r] ?? -1
          if (i < 0) continue
          count++
          total += x.cost[i * x.cols + j] ?? NaN
          used[j] = (used[j] ?? 0) + 1
        }
        used.forEach((u, j) => expect(u).toBeLessThanOrEqual(x.cap[j] ?? 0))
        const d = denseTotal(x)
        expect(count).toBe(x.rows)
        expect(count).toBe(d.count)
        expect(Math.abs(total - d.total)).toBeLessThan(1e-9)
      }),
      // No shrinking: the chained generator has so many smaller candidates that shrinking a failure takes minutes.
      { numRuns: 400, endOnFailure: true },
    )
    expect(answered).toBeGreaterThan(100)
  })

  it('on a graph (the finite cells as edges) it answers like on the matrix: the dense engine’s total, every row placed', () => {
    let answered = 0
    fc.assert(
      fc.property(problem, (x) => {
        const finite = x.cost.reduce((n, c) => (c === Infinity ? n : n + 1), 0)
        const g = denseToCsr(x.rows, x.cols, x.cost, 1, finite)
        const f = sparseFirst({ kind: 'graph', g }, x.rows, x.cols, x.cap, x.keep)
        if (f === undefined) return
        answered++
        let total = 0
        let count = 0
        for (let r = 0; r < f.made; r++) {
          const i = f.recLeft[r] ?? -1
          if (i < 0) continue
          count++
          total += x.cost[i * x.cols + (f.recRight[r] ?? -1)] ?? NaN
        }
        const d = denseTotal(x)
        expect(count).toBe(x.rows)
        expect(count).toBe(d.count)
        expect(Math.abs(total - d.total)).toBeLessThan(1e-9)
      }),
      // No shrinking: the chained generator has so many smaller candidates that shrinking a failure takes minutes.
      { numRuns: 400, endOnFailure: true },
    )
    expect(answered).toBeGreaterThan(100)
  })

  it('solveAssignment on mid-size random matrices equals the munkres package', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 140 }), fc.integer({ min: 64, max: 140 }), fc.boolean(), fc.integer(), (n, m, ints, seed) => {
        let s = seed >>> 0
        const next = (): number => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0
          return s / 4294967296
        }
        const rows = Array.from({ length: n }, () => Array.from({ length: m }, () => (ints ? Math.floor(next() * 11) : next())))
        const r = solveAssignment(rows, { maximize: ints })
        const ref = munkres(rows.map((row) => row.map((c) => (ints ? -c : c))))
        const refTotal = ref.reduce((t, [i, j]) => t + (rows[i]?.[j] ?? NaN), 0)
        expect(E.isRight(r) && r.right.cardinality).toBe(Math.min(n, m))
        expect(E.isRight(r) && Math.abs(r.right.total - refTotal)).toBeLessThan(1e-9)
      }),
      { numRuns: 40 },
    )
  })

  it('a few huge cells do not loosen the proof: the total still equals the munkres package to 1e-9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 100 }), fc.integer(), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (n, seed, spots) => {
        let s = seed >>> 0
        const next = (): number => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0
          return s / 4294967296
        }
        const rows = Array.from({ length: n }, () => Array.from({ length: n }, () => next()))
        for (const k of spots) {
          const row = rows[k % n]
          if (row !== undefined) row[(k >> 7) % n] = 1e10
        }
        const r = solveAssignment(rows)
        const ref = munkres(rows).reduce((t, [i, j]) => t + (rows[i]?.[j] ?? NaN), 0)
        expect(E.isRight(r) && Math.abs(r.right.total - ref)).toBeLessThan(1e-9)
      }),
      { numRuns: 30 },
    )
  })
})

