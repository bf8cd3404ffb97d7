/**
 * The `stable` strategy: mentee-proposing deferred acceptance, both sides ranking by score.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Issue } from '../errors/issue.js'
import { solveStable } from '../solve/stable.js'
import type { Instance } from './instance.js'

/** Sort `items` by score, best first; equal scores by index, lower first. */
const byScore = (items: number[], score: (x: number) => number): number[] =>
  items.sort((a, b) => score(b) - score(a) || a - b)

/**
 * Preference lists of the free rows (proposers, by position in `free`) and of the mentors
 * (receivers): every eligible pair with a mentor who has places, best score first, ties to the
 * lower index, that is the lower id.
 */
const preferences = (inst: Instance): { mentees: number[][]; mentors: number[][] } => {
  const { matrix: m, free, room } = inst
  const mentees: number[][] = []
  const mentors: number[][] = Array.from({ length: m.cols }, () => [])
  for (let k = 0; k < free.length; k++) {
    const base = (free[k] ?? 0) * m.cols
    const list: number[] = []
    for (let j = 0; j < m.cols; j++) {
      if ((m.data[base + j] ?? -Infinity) === -Infinity || (room[j] ?? 0) <= 0) continue
      list.push(j)
      mentors[j]?.push(k)
    }
    mentees.push(byScore(list, (j) => m.data[base + j] ?? 0))
  }
  mentors.forEach((list, j) => byScore(list, (k) => m.data[(free[k] ?? 0) * m.cols + j] ?? 0))
  return { mentees, mentors }
}

/**
 * The mentee-optimal stable assignment of an instance: `result[i]` is the mentor column of row
 * `i` (locked rows keep their mentor), or -1. With ties broken by id the preferences are strict,
 * so no mentee and mentor both strictly prefer each other (by score) to what they have.
 * @example
 * solveStableMatching(instance) // Right(Int32Array [...])
 * @internal
 */
export const solveStableMatching = (inst: Instance): E.Either<readonly Issue[], Int32Array> => {
  const { mentees, mentors } = preferences(inst)
  const solved = solveStable({
    proposers: inst.free.length,
    receivers: inst.matrix.cols,
    capacities: Array.from(inst.room, (r) => Math.max(0, r)),
    proposerPrefs: mentees,
    receiverPrefs: mentors,
  })
  if (E.isLeft(solved)) return E.left(solved.left.issues as readonly Issue[])
  const result = Int32Array.from(inst.locked)
  solved.right.assignment.forEach((j, k) => {
    result[inst.free[k] ?? 0] = j
  })
  return E.right(result)
}
