/**
 * `same-location`: mentor and mentee work at the same location (S14).
 * @module
 */
import { z } from 'zod'
import { defineCriterion, type RowKernel } from '../criterion.js'
import { interner } from '../intern.js'

/**
 * The reason of a `same-location` judgement: both locations (`null` when not recorded).
 * @example
 * const r: SameLocationReason = { mentorLocation: 'Utrecht', menteeLocation: null }
 * @since 0.1.0
 */
export type SameLocationReason = { readonly mentorLocation: string | null; readonly menteeLocation: string | null }

const kernel = (mentors: readonly (string | null)[], mentees: readonly (string | null)[]): RowKernel => {
  const id = interner()
  const code = (l: string | null): number => (l === null ? -1 : id(l))
  const mentorAt = Int32Array.from(mentors, code)
  const menteeAt = Int32Array.from(mentees, code)
  return (j, list, count, out) => {
    const at = menteeAt[j] ?? -1
    for (let k = 0; k < count; k++) out[k] = at >= 0 && mentorAt[list[k] ?? 0] === at ? 1 : 0
  }
}

/**
 * `same-location` (S14: criteria the manager formulates to pair employees; meeting in person is a
 * practical one). `raw` is 1 when both have a `location` and it is the same, else 0 (an unknown
 * location never matches). No parameters. Hint when required: make it a preference.
 * @example
 * sameLocation.bind({}) // Right(bound criterion)
 * @since 0.1.0
 */
export const sameLocation = defineCriterion({
  name: 'same-location',
  statements: ['S14'],
  params: z.strictObject({}),
  mentorFacts: (m) => m.employee.location,
  menteeFacts: (t) => t.employee.location,
  evaluate: ({ mentor, mentee }) => {
    const reason: SameLocationReason = { mentorLocation: mentor, menteeLocation: mentee }
    return { raw: mentor !== null && mentor === mentee ? 1 : 0, reason }
  },
  kernel,
})
