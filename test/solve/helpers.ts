/**
 * Small helpers the solver tests share: unwrapping a `Right`, and candidate lists as a graph.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Csr } from '../../src/solve/sparse-engine.js'

/** The value of a `Right`; a `Left` fails the test with its content. */
export const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got ${JSON.stringify(e.left)}`)
  return e.right
}

/** Square candidate lists (`[column, cost]` per row) as the engines' graph. */
export const listsToCsr = (lists: readonly (readonly (readonly [number, number])[])[]): Csr => {
  const n = lists.length
  const start = new Int32Array(n + 1)
  const adj: number[] = []
  const cost: number[] = []
  lists.forEach((l, i) => {
    for (const [j, c] of l) {
      adj.push(j)
      cost.push(c)
    }
    start[i + 1] = adj.length
  })
  return { nL: n, nR: n, start, adj: Int32Array.from(adj), cost: Float64Array.from(cost) }
}
