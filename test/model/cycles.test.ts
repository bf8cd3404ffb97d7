import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cyclesOf } from '../../src/model/cycles.js'

/** Nodes on a cycle, by walking n steps from each node (brute force). */
const onCycle = (next: readonly number[]): Set<number> => {
  const found = new Set<number>()
  next.forEach((_, i) => {
    let j = next[i] ?? -1
    for (let step = 0; step < next.length && j !== -1; step++) {
      if (j === i) found.add(i)
      j = next[j] ?? -1
    }
  })
  return found
}

const arbGraph = fc
  .integer({ min: 0, max: 14 })
  .chain((n) => fc.array(fc.integer({ min: -1, max: Math.max(0, n - 1) }), { minLength: n, maxLength: n }))

describe('cyclesOf', () => {
  it('finds exactly the nodes that lie on a cycle, each in one cycle', () => {
    fc.assert(
      fc.property(arbGraph, (next) => {
        const cycles = cyclesOf(Int32Array.from(next))
        const members = cycles.flat()
        expect(new Set(members).size).toBe(members.length)
        expect(new Set(members)).toEqual(onCycle(next))
      }),
    )
  })

  it('lists each cycle along its edges, starting from its smallest node', () => {
    fc.assert(
      fc.property(arbGraph, (next) => {
        for (const c of cyclesOf(Int32Array.from(next))) {
          expect(c[0]).toBe(Math.min(...c))
          c.forEach((m, k) => expect(next[m]).toBe(c[(k + 1) % c.length]))
        }
      }),
    )
  })
})
