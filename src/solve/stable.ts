/**
 * `solveStable`: many-to-one deferred acceptance (Gale-Shapley) on incomplete lists.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issues, solveError, type SolveError } from './errors.js'
import { readStable, type Stable, type StableProblem } from './stable-input.js'

/**
 * The result of {@link solveStable}: `assignment[i]` is the receiver of proposer `i`, or -1.
 * @example
 * const m: StableMatching = { assignment: Int32Array.from([0, -1]) }
 * @since 0.1.0
 */
export interface StableMatching {
  readonly assignment: Int32Array
}

/**
 * For each entry of the proposers' lists, the rank the receiver gives that proposer, or -1 when
 * the receiver does not list them (the pair is then not acceptable).
 */
const receiverRanks = (s: Stable): Int32Array => {
  const { proposer, receiver } = s
  const n = proposer.list.length
  const byReceiver = new Int32Array(s.receivers + 1)
  for (let e = 0; e < n; e++) {
    const j = (proposer.list[e] as number) + 1
    byReceiver[j] = (byReceiver[j] as number) + 1
  }
  for (let j = 0; j < s.receivers; j++) byReceiver[j + 1] = (byReceiver[j + 1] as number) + (byReceiver[j] as number)
  const entries = new Int32Array(n)
  const fill = byReceiver.slice(0, s.receivers)
  const owner = new Int32Array(n)
  for (let i = 0; i < s.proposers; i++) {
    for (let e = proposer.start[i] as number; e < (proposer.start[i + 1] as number); e++) {
      const j = proposer.list[e] as number
      const at = fill[j] as number
      fill[j] = at + 1
      entries[at] = e
      owner[e] = i
    }
  }
  const rank = new Int32Array(n).fill(-1)
  const mark = new Int32Array(s.proposers).fill(-1)
  const pos = new Int32Array(s.proposers)
  for (let j = 0; j < s.receivers; j++) {
    for (let k = receiver.start[j] as number; k < (receiver.start[j + 1] as number); k++) {
      const i = receiver.list[k] as number
      mark[i] = j
      pos[i] = k - (receiver.start[j] as number)
    }
    for (let t = byReceiver[j] as number; t < (byReceiver[j + 1] as number); t++) {
      const e = entries[t] as number
      const i = owner[e] as number
      if (mark[i] === j) rank[e] = pos[i] as number
    }
  }
  return rank
}

/** The held proposals of every receiver: a max-heap of ranks (worst on top) per receiver. */
interface Held {
  readonly start: Int32Array
  readonly size: Int32Array
  readonly ranks: Int32Array
}

const held = (s: Stable): Held => {
  const start = new Int32Array(s.receivers + 1)
  for (let j = 0; j < s.receivers; j++) {
    const listed = (s.receiver.start[j + 1] as number) - (s.receiver.start[j] as number)
    start[j + 1] = (start[j] as number) + Math.min(s.capacities[j] as number, listed)
  }
  return { start, size: new Int32Array(s.receivers), ranks: new Int32Array(start[s.receivers] as number) }
}

const siftDown = (a: Int32Array, base: number, n: number, rank: number): void => {
  let i = 0
  for (;;) {
    let c = 2 * i + 1
    if (c >= n) break
    if (c + 1 < n && (a[base + c + 1] as number) > (a[base + c] as number)) c++
    if ((a[base + c] as number) <= rank) break
    a[base + i] = a[base + c] as number
    i = c
  }
  a[base + i] = rank
}

const siftUp = (a: Int32Array, base: number, at: number, rank: number): void => {
  let i = at
  while (i > 0) {
    const p = (i - 1) >> 1
    if ((a[base + p] as number) >= rank) break
    a[base + i] = a[base + p] as number
    i = p
  }
  a[base + i] = rank
}

/**
 * Receiver `j` considers proposer rank `r`: returns the rank it rejects (`r` itself, or the worst
 * it held), or -1 if it rejects nobody.
 */
const consider = (h: Held, j: number, r: number): number => {
  const base = h.start[j] as number
  const room = (h.start[j + 1] as number) - base
  const n = h.size[j] as number
  if (n < room) {
    h.size[j] = n + 1
    siftUp(h.ranks, base, n, r)
    return -1
  }
  if (room === 0 || (h.ranks[base] as number) < r) return r
  const worst = h.ranks[base] as number
  siftDown(h.ranks, base, n, r)
  return worst
}

const deferredAcceptance = (s: Stable): Int32Array => {
  const rank = receiverRanks(s)
  const h = held(s)
  const next = s.proposer.start.slice(0, s.proposers)
  const assignment = new Int32Array(s.proposers).fill(-1)
  const queue = new Int32Array(s.proposers + 1)
  let head = 0
  let tail = 0
  for (let i = 0; i < s.proposers; i++) queue[tail++] = i
  const size = s.proposers + 1
  while (head !== tail) {
    const i = queue[head] as number
    head = (head + 1) % size
    const end = s.proposer.start[i + 1] as number
    let e = next[i] as number
    while (e < end && (rank[e] as number) < 0) e++
    if (e === end) continue
    next[i] = e + 1
    const j = s.proposer.list[e] as number
    assignment[i] = j
    const rejected = consider(h, j, rank[e] as number)
    if (rejected < 0) continue
    const loser = s.receiver.list[(s.receiver.start[j] as number) + rejected] as number
    assignment[loser] = -1
    queue[tail] = loser
    tail = (tail + 1) % size
  }
  return assignment
}

/**
 * The proposer-optimal stable matching, by many-to-one deferred acceptance: every proposer gets
 * the best receiver it has in any stable matching. A pair is acceptable only when each lists the
 * other; a receiver takes at most `capacities[j]` proposers (default 1). Lists must be strict
 * (ties broken by the caller, for example by index) and hold each index at most once.
 *
 * Order of proposals: free proposers wait in a queue, first in index order; the proposer at the
 * front proposes to the next receiver on its list that also lists it; the receiver keeps the
 * proposal while it has room, otherwise it keeps its best `capacities[j]` and rejects the worst,
 * who joins the back of the queue. The result does not depend on this order (it is the unique
 * proposer-optimal stable matching); the order only makes the work deterministic. Time grows with
 * the total length of the lists.
 * @example
 * solveStable({ proposers: 3, receivers: 2, capacities: [1, 1],
 *   proposerPrefs: [[0, 1], [0], [1, 0]], receiverPrefs: [[1, 0, 2], [0, 2]] })
 * // Right({ assignment: Int32Array [1, 0, -1] })
 * @since 0.1.0
 */
export const solveStable = (problem: StableProblem): E.Either<SolveError, StableMatching> => {
  const found = issues()
  const s = readStable(problem, found)
  if (s === undefined) return E.left(solveError(found))
  return E.right({ assignment: deferredAcceptance(s) })
}
