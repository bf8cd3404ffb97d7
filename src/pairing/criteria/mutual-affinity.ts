/**
 * `mutual-affinity`: the two already get on, as recorded in the programme's `affinities` (S13).
 * @module
 */
import { z } from 'zod'
import type { EmployeeId } from '../../model/ids.js'
import type { Affinity } from '../../programme/programme.js'
import { defineCriterion, type RowKernel } from '../criterion.js'

/**
 * The parameters: `oneSided` (0..1, default 0.5), the `raw` of a pair where only one nominated
 * the other.
 * @example
 * MutualAffinityParams.parse({}) // { oneSided: 0.5 }
 * @since 0.1.0
 */
export const MutualAffinityParams = z.strictObject({ oneSided: z.number().min(0).max(1).default(0.5) })

/**
 * What the programme knows about the two, strongest first: the manager `observed` them getting on,
 * each `nominated` the other (`mutual-nomination`), only one nominated the other, or `none`.
 * @example
 * const k: AffinityKind = 'mentee-nominated'
 * @since 0.1.0
 */
export type AffinityKind = 'observed' | 'mutual-nomination' | 'mentee-nominated' | 'mentor-nominated' | 'none'

/**
 * The reason of a `mutual-affinity` judgement.
 * @example
 * const r: MutualAffinityReason = { affinity: 'observed' }
 * @since 0.1.0
 */
export type MutualAffinityReason = { readonly affinity: AffinityKind }

interface MenteeFacts {
  readonly id: EmployeeId
  readonly partners: ReadonlyMap<EmployeeId, AffinityKind>
}

interface Flags {
  observed: boolean
  byMentee: boolean
  byOther: boolean
}

const kindOf = (f: Flags): AffinityKind =>
  f.observed ? 'observed' : f.byMentee && f.byOther ? 'mutual-nomination' : f.byMentee ? 'mentee-nominated' : 'mentor-nominated'

/** Everyone the mentee has an affinity with, and of which kind. */
const partnersOf = (id: EmployeeId, affinities: readonly Affinity[]): MenteeFacts => {
  const flags = new Map<EmployeeId, Flags>()
  for (const a of affinities) {
    if (a.a === a.b || (a.a !== id && a.b !== id)) continue
    const other = a.a === id ? a.b : a.a
    const f = flags.get(other) ?? { observed: false, byMentee: false, byOther: false }
    if (a.source === 'observed') f.observed = true
    else if (a.a === id) f.byMentee = true
    else f.byOther = true
    flags.set(other, f)
  }
  return { id, partners: new Map([...flags].map(([other, f]) => [other, kindOf(f)] as const)) }
}

const rawOf = (kind: AffinityKind, oneSided: number): number =>
  kind === 'observed' || kind === 'mutual-nomination' ? 1 : kind === 'none' ? 0 : oneSided

const kernel = (mentors: readonly EmployeeId[], mentees: readonly MenteeFacts[], oneSided: number): RowKernel => {
  const column = new Map(mentors.map((id, i) => [id, i] as const))
  const rows = mentees.map((t) => {
    const row = new Map<number, number>()
    t.partners.forEach((kind, id) => {
      const i = column.get(id)
      if (i !== undefined) row.set(i, rawOf(kind, oneSided))
    })
    return row
  })
  return (j, list, count, out) => {
    const row = rows[j]
    if (row === undefined || row.size === 0) out.fill(0, 0, count)
    else for (let k = 0; k < count; k++) out[k] = row.get(list[k] ?? 0) ?? 0
  }
}

/**
 * `mutual-affinity` (S13: mentorship can arise because two colleagues get on well or recognise
 * something in each other; a pair that already gets on is a signal). `raw` is 1 when the
 * programme has an `observed` affinity between the two (either order) or each `nominated` the
 * other, `oneSided` when only one nominated the other, else 0. Hint when required: the manager
 * records that the two get on (an observed affinity).
 * @example
 * mutualAffinity.bind({ oneSided: 0.25 }) // Right(bound criterion)
 * @since 0.1.0
 */
export const mutualAffinity = defineCriterion({
  name: 'mutual-affinity',
  statements: ['S13'],
  params: MutualAffinityParams,
  mentorFacts: (m) => m.employee.id,
  menteeFacts: (t, _p, ctx) => partnersOf(t.employee.id, ctx.affinitiesOf(t.employee.id)),
  evaluate: ({ mentor, mentee, params }) => {
    const reason: MutualAffinityReason = { affinity: mentee.partners.get(mentor) ?? 'none' }
    return { raw: rawOf(reason.affinity, params.oneSided), reason }
  },
  kernel: (mentors, mentees, params) => kernel(mentors, mentees, params.oneSided),
  hints: ({ mentor, mentee }) => [{ code: 'add-affinity', a: mentor, b: mentee.id }],
})
