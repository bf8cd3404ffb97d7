/**
 * Helpers for the pairing laws: every pair of a world, scored.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { EmployeeId } from '../../src/model/ids.js'
import type { Organisation } from '../../src/model/organisation.js'
import type { PairScore } from '../../src/pairing/pair-score.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import type { World } from './arbitraries.js'

/** Unwrap a Right, or fail the test with the Left. */
export const right = <L, R>(e: E.Either<L, R>): R => {
  if (E.isLeft(e)) throw new Error(`expected Right, got ${JSON.stringify(e.left)}`)
  return e.right
}

/** Every (mentor, mentee) of the world: any employee as mentor, each programme mentee. */
export const pairsOf = (w: World): readonly { mentorId: EmployeeId; menteeId: EmployeeId }[] =>
  w.programme.mentees.flatMap((m) =>
    w.org.employees.filter((e) => e.id !== m.employeeId).map((e) => ({ mentorId: e.id, menteeId: m.employeeId })),
  )

export const scoreAll = (w: World): readonly PairScore[] =>
  pairsOf(w).map((p) => right(scorePair(w.org, w.programme, p.mentorId, p.menteeId, w.asOf)))

/** Whether `a` manages `b` at some level, by walking `b`'s chain of managers. */
export const managesByChain = (org: Organisation, a: EmployeeId, b: EmployeeId): boolean => {
  let at = org.index.employeeById.get(b)?.managerId ?? null
  const seen = new Set<EmployeeId>()
  while (at !== null && !seen.has(at)) {
    if (at === a) return true
    seen.add(at)
    at = org.index.employeeById.get(at)?.managerId ?? null
  }
  return false
}
