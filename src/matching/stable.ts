/**
 * The `stable` strategy: mentee-proposing deferred acceptance, both sides ranking by score.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Issue } from '../errors/issue.js'
import { solveStable } from '../solve/stable.js'
import type { Instance } from './instance.js'

/**
 * Preference lists of the free rows (proposers, by position in `free`) and of the mentors
 * (receivers): every eligible pair with a mentor who has places, best score first, ties to the
 * lower index, that is the lower id.
 */
const preferences = (inst: Instance): { mentees: number[][]; mentors: number[][] } => {
  const { offsets, mentors: cols, scores } = inst.candidates
  const mentees: number[][] = []
  const mentors: { k: number; score: number }[][] = Array.from({ length: inst.matrix.cols }, () => [])
  inst.free.forEach((i, k) => {
    const list: { j: number; score: number }[] = []
    for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
      const j = cols[e] ?? 0
      if ((inst.room[j] ?? 0) <= 0) continue
      const score = scores[e] ?? 0
      list.push({ j, score })
      mentors[j]?.push({ k, score })
    }
    mentees.push(list.sort((a, b) => b.score - a.score || a.j - b.j).map((x) => x.j))
  })
  return { mentees, mentors: mentors.map((list) => list.sort((a, b) => b.score - a.score || a.k - b.k).map((x) => x.k)) }
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
