/**
 * Hints: the smallest changes, as data, that would make an ineligible pair eligible.
 * {@link applyHints} carries them out on copies of the organisation and programme.
 * @module
 */
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { Competency, Level } from '../model/organisation.js'

/**
 * One change that would lift (part of) what keeps a pair apart:
 * - `remove-forbidden`: take the pair off the programme's `forbidden` list;
 * - `add-mentor`: add the employee to the programme's mentors;
 * - `complete-training`: the employee completes a training of `kind` (S17);
 * - `wait-until`: time alone closes the gap on `date` (tenure in the team, S11);
 * - `raise-competency`, `raise-expertise`, `raise-strategy-insight`: the employee reaches level `to`;
 * - `record-interest`: the employee's interest in a mentor role is recorded (S12);
 * - `raise-capacity`: the employee's `mentorCapacity` becomes `to`;
 * - `add-affinity`: the manager records that the two get on (S13);
 * - `set-params`: the programme sets these parameters of `criterion`;
 * - `relax-criterion`: the programme makes `criterion` a preference instead of a requirement.
 * @example
 * const h: Hint = { code: 'complete-training', employeeId: e1, kind: 'coaching-techniques' }
 * @since 0.1.0
 */
export type Hint =
  | { readonly code: 'remove-forbidden'; readonly mentorId: EmployeeId; readonly menteeId: EmployeeId }
  | { readonly code: 'add-mentor'; readonly employeeId: EmployeeId }
  | { readonly code: 'complete-training'; readonly employeeId: EmployeeId; readonly kind: string }
  | { readonly code: 'wait-until'; readonly date: IsoDate }
  | {
      readonly code: 'raise-competency'
      readonly employeeId: EmployeeId
      readonly competency: Competency
      readonly to: Level
    }
  | { readonly code: 'raise-expertise'; readonly employeeId: EmployeeId; readonly area: string; readonly to: Level }
  | { readonly code: 'raise-strategy-insight'; readonly employeeId: EmployeeId; readonly to: Level }
  | { readonly code: 'record-interest'; readonly employeeId: EmployeeId }
  | { readonly code: 'raise-capacity'; readonly employeeId: EmployeeId; readonly to: number }
  | { readonly code: 'add-affinity'; readonly a: EmployeeId; readonly b: EmployeeId }
  | { readonly code: 'set-params'; readonly criterion: string; readonly params: Readonly<Record<string, unknown>> }
  | { readonly code: 'relax-criterion'; readonly criterion: string }

/**
 * The code of a {@link Hint}.
 * @example
 * const c: HintCode = 'wait-until'
 * @since 0.1.0
 */
export type HintCode = Hint['code']

/** What two hints are about: hints with the same key are merged, keeping the larger change. */
const keyOf = (h: Hint): string => {
  switch (h.code) {
    case 'remove-forbidden':
      return `${h.code}|${h.mentorId}|${h.menteeId}`
    case 'add-mentor':
    case 'record-interest':
    case 'raise-capacity':
    case 'raise-strategy-insight':
      return `${h.code}|${h.employeeId}`
    case 'complete-training':
      return `${h.code}|${h.employeeId}|${h.kind}`
    case 'wait-until':
      return h.code
    case 'raise-competency':
      return `${h.code}|${h.employeeId}|${h.competency}`
    case 'raise-expertise':
      return `${h.code}|${h.employeeId}|${h.area}`
    case 'add-affinity':
      return `${h.code}|${h.a}|${h.b}`
    case 'set-params':
    case 'relax-criterion':
      return `${h.code}|${h.criterion}`
  }
}

/** The larger of two hints with the same key. */
const larger = (a: Hint, b: Hint): Hint => {
  if (a.code === 'wait-until' && b.code === 'wait-until') return b.date > a.date ? b : a
  if ('to' in a && 'to' in b) return b.to > a.to ? b : a
  return a
}

/**
 * Merge hints that are about the same thing, keeping the larger change (the later date, the
 * higher level), in order of first appearance.
 * @example
 * mergeHints([{ code: 'raise-capacity', employeeId: e1, to: 2 }, { code: 'raise-capacity', employeeId: e1, to: 3 }])
 * // [{ code: 'raise-capacity', employeeId: e1, to: 3 }]
 * @since 0.1.0
 */
export const mergeHints = (hints: readonly Hint[]): readonly Hint[] => {
  const byKey = new Map<string, Hint>()
  for (const h of hints) {
    const key = keyOf(h)
    const seen = byKey.get(key)
    byKey.set(key, seen === undefined ? h : larger(seen, h))
  }
  return [...byKey.values()]
}
