/**
 * Why a mentee is left without a mentor, as data: nobody eligible (and which criteria rule the
 * mentors out), or every eligible mentor full before matching, or their places given to others.
 * @module
 * @internal
 */
import type { EmployeeId } from '../model/ids.js'
import type { Instance } from './instance.js'
import type { TakenMentor, UnmatchedReason } from './matching.js'

/**
 * The new mentees of each mentor in `assignment`, in row (mentee id) order.
 * @example
 * newMenteesOf(instance, assignment)[0] // ['e5', 'e7']
 * @internal
 */
export const newMenteesOf = (inst: Instance, assignment: Int32Array): readonly (readonly EmployeeId[])[] => {
  const lists: EmployeeId[][] = Array.from({ length: inst.matrix.cols }, () => [])
  for (const i of inst.free) {
    const j = assignment[i] ?? -1
    if (j >= 0) lists[j]?.push(inst.matrix.menteeIds[i] as EmployeeId)
  }
  return lists
}

/**
 * The reasons of unmatched row `i`; `taken[j]` are mentor `j`'s new mentees in the matching.
 * @example
 * reasonsOf(instance, 3, newMenteesOf(instance, assignment)) // [{ code: 'mentors-at-capacity', mentorIds: [...] }]
 * @internal
 */
export const reasonsOf = (inst: Instance, i: number, taken: readonly (readonly EmployeeId[])[]): readonly UnmatchedReason[] => {
  const m = inst.matrix
  if ((m.eligibleCount[i] ?? 0) === 0) {
    return [{ code: 'no-eligible-mentor', pool: m.cols, excludedBy: m.exclusionsOf(i).filter((x) => x.mentors > 0) }]
  }
  const full: EmployeeId[] = []
  const others: TakenMentor[] = []
  const { offsets, mentors } = inst.candidates
  for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
    const j = mentors[e] ?? 0
    const mentorId = m.mentorIds[j] as EmployeeId
    if ((inst.room[j] ?? 0) <= 0) full.push(mentorId)
    else others.push({ mentorId, menteeIds: taken[j] ?? [] })
  }
  const reasons: UnmatchedReason[] = []
  if (full.length > 0) reasons.push({ code: 'mentors-at-capacity', mentorIds: full })
  if (others.length > 0) reasons.push({ code: 'places-taken', mentors: others })
  return reasons
}
