/**
 * The two-sided search (`bidirectional.ts`) on larger graphs than `bidirectional.test.ts`: 20 to
 * 300 nodes, 2 to 4 edges a row, costs in {-1, -0, 0, 1, 2} (ties and zero reduced costs almost
 * everywhere), graphs with and without a perfect matching. The reference is a plain O(n^3)
 * Hungarian method on the dense matrix (`hungarian.ts`), sharing no code with the library.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { biState, type BiState } from '../../src/solve/bi-state.js'
import { biAugment } from '../../src/solve/bidirectional.js'
import { emptyFlow } from '../../src/solve/flow.js'
import { solveSparseAssignment, type Candidate } from '../../src/solve/index.js'
import { bruteAssignment } from './brute.js'
import { reference } from './hungarian.js'
import { listsToCsr, right } from './helpers.js'

type Lists = readonly (readonly Candidate[])[]

/** mulberry32: the graphs come from a seed, so that fast-check shrinks four numbers, not a graph. */
const prng = (seed: number): (() => number) => {
  let a = seed | 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COSTS = [-1, -0, 0, 1, 2] as const

/**
 * A square graph on `n` nodes, `degree` distinct columns a row (fewer for some rows when not
 * `perfect`, and then some rows have none). With `perfect`, row `i` always has an edge to
 * column `perm[i]`, so a perfect matching exists and the two-sided engine decides the answer.
 */
const makeGraph = (n: number, degree: number, perfect: boolean, seed: number): Lists => {
  const rnd = prng(seed)
  const pick = (k: number): number => Math.floor(rnd() * k)
  const perm = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const k = pick(i + 1)
    const x = perm[i] as number
    perm[i] = perm[k] as number
    perm[k] = x
  }
  return perm.map((p) => {
    const cols = new Set<number>(perfect ? [p] : [])
    const want = perfect ? degree : pick(degree + 1)
    while (cols.size < Math.min(want, n)) cols.add(pick(n))
    return [...cols].map((j): Candidate => [j, COSTS[pick(COSTS.length)] ?? 0])
  })
}

const graphs = (min: number, max: number) =>
  fc
    .record({
      n: fc.integer({ min, max }),
      degree: fc.integer({ min: 2, max: 4 }),
      perfect: fc.boolean(),
      seed: fc.integer(),
    })
    .map(({ n, degree, perfect, seed }) => ({ perfect, lists: makeGraph(n, degree, perfect, seed) }))

/**
 * What is wrong with `s`: a column and a row that disagree, a stale free list, an edge of an
 * assigned row below zero reduced cost or an assigned edge not tight, by more than `tol` (0 for
 * integer costs: then all prices and distances are exact integers).
 */
const stateProblems = (s: BiState, tol = 0): string[] => {
  const out: string[] = []
  const { g, u, v } = s
  for (let j = 0; j < g.nR; j++) {
    const i = s.colRow[j] as number
    if (i >= 0 && s.rowCol[i] !== j) out.push(`column ${j} names row ${i}, which holds ${s.rowCol[i]}`)
    if ((i < 0) !== (s.freeAt[j] as number) >= 0) out.push(`column ${j}: held by ${i}, free list position ${s.freeAt[j]}`)
  }
  for (let t = 0; t < s.nfree; t++) if (s.freeAt[s.freeCols[t] as number] !== t) out.push(`free list entry ${t} is stale`)
  for (let i = 0; i < g.nL; i++) {
    const held = s.rowCol[i] as number
    if (held < 0) continue
    if (s.colRow[held] !== i) out.push(`row ${i} holds ${held}, which names ${s.colRow[held]}`)
    for (let e = g.start[i] as number; e < (g.start[i + 1] as number); e++) {
      const j = g.adj[e] as number
      const r = (g.cost[e] as number) - (u[i] as number) - (v[j] as number)
      if (r < -tol) out.push(`edge ${i}-${j} has reduced cost ${r}`)
      if (j === held && Math.abs(r) > tol) out.push(`assigned edge ${i}-${j} has reduced cost ${r}`)
    }
  }
  return out
}

describe('bidirectional engine on graphs of 20 to 300 nodes (review)', () => {
  it('solveSparseAssignment reaches the optimum of an independent Hungarian method, lists and compressed input alike', () => {
    let perfect = 0
    fc.assert(
      fc.property(graphs(50, 300), ({ perfect: p, lists }) => {
        const n = lists.length
        const best = reference(lists)
        const r = right(solveSparseAssignment(n, n, lists))
        expect(r.cardinality).toBe(best.cardinality)
        expect(r.total).toBe(best.total)
        const used = new Set<number>()
        let total = 0
        r.assignment.forEach((j, i) => {
          if (j < 0) return
          expect(used.has(j)).toBe(false)
          used.add(j)
          total += lists[i]?.find(([k]) => k === j)?.[1] ?? NaN
        })
        expect(total).toBe(r.total)
        const offsets = [0]
        for (const l of lists) offsets.push((offsets[offsets.length - 1] ?? 0) + l.length)
        const columns = lists.flatMap((l) => l.map(([j]) => j))
        const compressed = { offsets, columns, costs: lists.flatMap((l) => l.map(([, c]) => c)) }
        expect(Array.from(right(solveSparseAssignment(n, n, compressed)).assignment)).toEqual(Array.from(r.assignment))
        if (p) perfect++
      }),
      { numRuns: 80 },
    )
    expect(perfect).toBeGreaterThan(20)
  })

  it('scaling every cost by 2^-1074 (subnormal, exact) scales the total and keeps the cardinality', () => {
    const tiny = 2 ** -1074
    fc.assert(
      fc.property(graphs(20, 120), ({ lists }) => {
        const n = lists.length
        const a = right(solveSparseAssignment(n, n, lists))
        const scaled = lists.map((l) => l.map(([j, c]): Candidate => [j, c * tiny]))
        const b = right(solveSparseAssignment(n, n, scaled))
        expect(b.cardinality).toBe(a.cardinality)
        expect(b.total).toBe(a.total * tiny)
      }),
      { numRuns: 30 },
    )
  })

  it('from an empty assignment, every augmentation (placed or failed) keeps the state consistent and the prices a proof; the placed rows are a largest set, placed at least cost', () => {
    let failed = 0
    fc.assert(
      fc.property(graphs(20, 150), ({ lists }) => {
        const g = listsToCsr(lists)
        const n = g.nL
        const s = biState(emptyFlow(n, n, new Int32Array(n).fill(1), n), g)
        const placed = new Set<number>()
        for (let i = 0; i < n; i++) {
          if (biAugment(s, i)) placed.add(i)
          else failed++
          expect(stateProblems(s)).toEqual([])
        }
        expect(placed.size).toBe(reference(lists).cardinality)
        let total = 0
        for (const i of placed) total += lists[i]?.find(([j]) => j === s.rowCol[i])?.[1] ?? NaN
        expect(total).toBe(reference(lists, placed).total)
      }),
      { numRuns: 100 },
    )
    expect(failed).toBeGreaterThan(20)
  })

  it('a row that cannot be placed changes nothing but its own price, and the rows after it are placed as if it were absent', () => {
    // Rows 0 and 1 both have only column 0; row 1 comes second and finds no free column.
    const lists: Lists = [[[0, 1]], [[0, 0]], [[0, 0], [1, 5], [2, 1]], [[2, 0], [3, 2]]]
    const g = listsToCsr(lists)
    const s = biState(emptyFlow(4, 4, new Int32Array(4).fill(1), 4), g)
    expect(biAugment(s, 0)).toBe(true)
    const snapshot = () => ({ rowCol: Array.from(s.rowCol), colRow: Array.from(s.colRow), v: Array.from(s.v), u: [s.u[0], s.u[2], s.u[3]] })
    const before = snapshot()
    expect(biAugment(s, 1)).toBe(false)
    expect(snapshot()).toEqual(before)
    expect(biAugment(s, 2)).toBe(true)
    expect(biAugment(s, 3)).toBe(true)
    expect(stateProblems(s)).toEqual([])
    // Independently: rows 0, 2, 3 at least cost: 0-0 (1), 2-2 (1) or 2-1 (5), 3-3 (2) or 3-2 (0).
    const total = [0, 2, 3].reduce((t, i) => t + (lists[i]?.find(([j]) => j === s.rowCol[i])?.[1] ?? NaN), 0)
    expect(total).toBe(Math.min(1 + 1 + 2, 1 + 5 + 0))
  })

  it('1 x 1: the single edge is taken (cost -0 included), and a row without edges is left free', () => {
    const one = biState(emptyFlow(1, 1, new Int32Array([1]), 1), listsToCsr([[[0, -0]]]))
    expect(biAugment(one, 0)).toBe(true)
    expect([one.rowCol[0], one.colRow[0], one.nfree]).toEqual([0, 0, 0])
    const none = biState(emptyFlow(1, 1, new Int32Array([1]), 1), listsToCsr([[]]))
    expect(biAugment(none, 0)).toBe(false)
    expect([none.rowCol[0], none.colRow[0], none.nfree]).toEqual([-1, -1, 1])
    expect(right(solveSparseAssignment(1, 1, [[[0, -0]]])).cardinality).toBe(1)
    expect(right(solveSparseAssignment(1, 1, [[]])).cardinality).toBe(0)
  })

  /*
   * Found by fuzzing with a copy of the engine that counted the meetings `untangle` moved (none in
   * over a million rounds with integer costs, as the argument in its comment says; a few with
   * costs like 0.1 and 1e-17). In the first graph, at row 5, rounding gives the zero-cost cycle
   * r2 c2 r3 c5 r4 c3 r2 the length -7e-17, so the best meeting (r3, c5) is reached by a path
   * through r2 twice: forward r5 c3 r2 c2 r3, backward c5 r4 c3 r2 c4. `untangle` joins the two at
   * r2 (meeting (r2, c4)); without it `flip` rewrites r2 on the backward half and then walks the
   * forward half from r2's new column, a free column with no forward predecessor, and never ends.
   */
  it('a meeting whose two halves share a row (rounding on a zero-cost cycle) is flipped along a simple path', () => {
    const graphs: Lists = [
      [[1, 0.3], [0, 0.1]],
      [[1, 0.1]],
      [[4, 0.3], [2, 0.2], [0, 0.1], [3, 0.1]],
      [[2, 0.2], [1, 0.1], [5, 0.2]],
      [[4, 0.3], [0, 0.7], [3, 1e-17], [5, 0.1]],
      [[3, 0.2], [2, 2 / 3], [0, 0.3]],
    ]
    const second: Lists = [
      [[3, 0.2], [9, 0.2], [5, 1e-17]],
      [[8, 1e-17], [3, 0.7], [1, 1e-17]],
      [[7, 2 / 3], [4, 0.2], [9, 0.3]],
      [[8, 0.1], [0, 2 / 3]],
      [[6, 0.1]],
      [[8, 0.2], [4, 0.7], [0, 2 / 3]],
      [[4, 1 / 3], [3, 1e-17], [2, 1 / 3]],
      [[5, 1e-17], [0, 0.3]],
      [[1, 0.7]],
      [[5, 1 / 3], [6, 0.7], [1, 2 / 3]],
    ]
    for (const lists of [graphs, second]) {
      const g = listsToCsr(lists)
      const n = g.nL
      const s = biState(emptyFlow(n, n, new Int32Array(n).fill(1), n), g)
      for (let i = 0; i < n; i++) {
        expect(biAugment(s, i)).toBe(true)
        expect(stateProblems(s, 1e-12)).toEqual([])
      }
      const matrix = lists.map((l) => {
        const row = Array.from({ length: n }, () => Infinity)
        for (const [j, c] of l) row[j] = c
        return row
      })
      const best = bruteAssignment(matrix, Array.from({ length: n }, () => 1), false)
      expect(best.cardinality).toBe(n)
      const total = lists.reduce((t, l, i) => t + (l.find(([j]) => j === s.rowCol[i])?.[1] ?? NaN), 0)
      expect(Math.abs(total - best.total)).toBeLessThan(1e-12)
    }
  })
})
