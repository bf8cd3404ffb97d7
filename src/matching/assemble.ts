/**
 * From a solved assignment to a {@link Matching}: pairs with their breakdown, the unmatched with
 * their reasons, loads, totals.
 * @module
 * @internal
 */
import type { EmployeeId } from '../model/ids.js'
import type { Programme } from '../programme/programme.js'
import { compareIds } from './canonical.js'
import type { Instance } from './instance.js'
import type { MatchedPair, Matching, MatchStrategy, UnmatchedMentee } from './matching.js'
import { newMenteesOf, reasonsOf } from './reasons.js'

/** Every mentor of the pool and of an existing pair, in id order, with their mentees after matching. */
const loadsOf = (inst: Instance, programme: Programme, assignment: Int32Array): Readonly<Record<string, number>> => {
  const load = new Map<string, number>()
  for (const id of inst.matrix.mentorIds) load.set(id, 0)
  for (const p of programme.existing) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1)
  for (const j of assignment) {
    if (j < 0) continue
    const id = inst.matrix.mentorIds[j] ?? ''
    load.set(id, (load.get(id) ?? 0) + 1)
  }
  return Object.fromEntries([...load].sort(([a], [b]) => compareIds(a, b)))
}

/**
 * How many rows of `assignment` have a mentor, and the sum of their scores in row order.
 * @example
 * totalsOf(instance, assignment) // { matched: 12, total: 9.75 }
 * @internal
 */
export const totalsOf = (inst: Instance, assignment: Int32Array): { readonly matched: number; readonly total: number } => {
  const m = inst.matrix
  let matched = 0
  let total = 0
  assignment.forEach((j, i) => {
    if (j < 0) return
    matched++
    total += m.data[i * m.cols + j] ?? 0
  })
  return { matched, total }
}

/**
 * The matching of `assignment` (`assignment[i]`: mentor column of row `i`, or -1) under `strategy`.
 * @example
 * assemble(instance, programme, 'optimal', assignment).coverage // 0.8
 * @internal
 */
export const assemble = (inst: Instance, programme: Programme, strategy: MatchStrategy, assignment: Int32Array): Matching => {
  const m = inst.matrix
  const pairs: MatchedPair[] = []
  const unmatched: UnmatchedMentee[] = []
  const taken = newMenteesOf(inst, assignment)
  for (let i = 0; i < m.rows; i++) {
    const j = assignment[i] ?? -1
    const menteeId = m.menteeIds[i] as EmployeeId
    if (j < 0) {
      unmatched.push({ menteeId, reasons: reasonsOf(inst, i, taken) })
      continue
    }
    const score = m.pairScore(i, j)
    const value = m.data[i * m.cols + j] ?? 0
    pairs.push({ mentorId: m.mentorIds[j] as EmployeeId, menteeId, score: value, breakdown: score.breakdown, locked: (inst.locked[i] ?? -1) >= 0 })
  }
  const { matched, total } = totalsOf(inst, assignment)
  return {
    schemaVersion: 1,
    strategy,
    pairs,
    unmatched,
    mentorLoad: loadsOf(inst, programme, assignment),
    totalScore: total,
    coverage: m.rows === 0 ? 1 : matched / m.rows,
  }
}
