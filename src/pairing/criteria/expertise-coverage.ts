/**
 * `expertise-coverage`: over the mentee's development areas, the share in which the mentor leads
 * the mentee by at least `minLead` levels (S4, S6).
 * @module
 */
import { z } from 'zod'
import type { EmployeeId } from '../../model/ids.js'
import type { Level } from '../../model/organisation.js'
import { defineCriterion, type RowKernel } from '../criterion.js'
import type { Hint } from '../hint.js'
import { expertiseLevel } from '../levels.js'

/**
 * The parameters: `minLead` (integer 0..5, default 1), the levels the mentor must be ahead in an
 * area to cover it. With 0 the mentor must be at least level with the mentee.
 * @example
 * ExpertiseCoverageParams.parse({}) // { minLead: 1 }
 * @since 0.1.0
 */
export const ExpertiseCoverageParams = z.strictObject({ minLead: z.int().min(0).max(5).default(1) })

/**
 * The reason of an `expertise-coverage` judgement: per development area both levels, and how many
 * areas are covered.
 * @example
 * const r: ExpertiseCoverageReason = { minLead: 1, covered: 1, areas: [{ area: 'typescript', mentor: 4, mentee: 1 }] }
 * @since 0.1.0
 */
export type ExpertiseCoverageReason = {
  readonly minLead: number
  readonly covered: number
  readonly areas: readonly { readonly area: string; readonly mentor: Level; readonly mentee: Level }[]
}

interface MentorFacts {
  readonly id: EmployeeId
  readonly expertise: Readonly<Record<string, Level>>
}

interface MenteeFacts {
  readonly areas: readonly { readonly area: string; readonly level: Level }[]
}

const menteeFacts = (expertise: Readonly<Record<string, Level>>, areas: readonly string[]): MenteeFacts => ({
  areas: [...new Set(areas)].map((area) => ({ area, level: expertiseLevel(expertise, area) })),
})

const kernel = (mentors: readonly MentorFacts[], mentees: readonly MenteeFacts[], minLead: number): RowKernel => {
  const index = new Map<string, number>()
  for (const t of mentees) for (const a of t.areas) if (!index.has(a.area)) index.set(a.area, index.size)
  const width = index.size
  const levels = new Uint8Array(mentors.length * width)
  mentors.forEach((m, i) => index.forEach((col, area) => (levels[i * width + col] = expertiseLevel(m.expertise, area))))
  const areas = mentees.map((t) => Int32Array.from(t.areas, (a) => index.get(a.area) ?? 0))
  const needs = mentees.map((t) => Int32Array.from(t.areas, (a) => a.level + minLead))
  return (j, list, count, out) => {
    const cols = areas[j] ?? new Int32Array(0)
    const need = needs[j] ?? new Int32Array(0)
    const n = cols.length
    for (let k = 0; k < count; k++) {
      const base = (list[k] ?? 0) * width
      let covered = 0
      for (let a = 0; a < n; a++) if ((levels[base + (cols[a] ?? 0)] ?? 0) >= (need[a] ?? 0)) covered++
      out[k] = n === 0 ? 1 : covered / n
    }
  }
}

const hints = (mentor: MentorFacts, mentee: MenteeFacts, minLead: number): readonly Hint[] => {
  const short = mentee.areas.filter((a) => expertiseLevel(mentor.expertise, a.area) < a.level + minLead)
  return short.every((a) => a.level + minLead <= 5)
    ? short.map((a) => ({ code: 'raise-expertise', employeeId: mentor.id, area: a.area, to: (a.level + minLead) as Level }))
    : [{ code: 'relax-criterion', criterion: 'expertise-coverage' }]
}

/**
 * `expertise-coverage` (S6: the mentor has more knowledge in the areas that matter; S4: the mentee
 * develops in named areas). With `A` the mentee's development areas (without repeats), an area is
 * covered when the mentor's expertise is at least the mentee's plus `minLead`; `raw` is the
 * covered share of `A`, and 1 when `A` is empty (nothing is asked, nothing is missing). Hint when
 * required: the mentor reaches the level needed in each uncovered area (or, when that is above 5,
 * make it a preference).
 * @example
 * expertiseCoverage.bind({ minLead: 2 }) // Right(bound criterion)
 * @since 0.1.0
 */
export const expertiseCoverage = defineCriterion({
  name: 'expertise-coverage',
  statements: ['S4', 'S6'],
  params: ExpertiseCoverageParams,
  mentorFacts: (m) => ({ id: m.employee.id, expertise: m.employee.expertise }),
  menteeFacts: (t) => menteeFacts(t.employee.expertise, t.request.developmentAreas),
  evaluate: ({ mentor, mentee, params }) => {
    const areas = mentee.areas.map((a) => ({ area: a.area, mentor: expertiseLevel(mentor.expertise, a.area), mentee: a.level }))
    const covered = areas.filter((a) => a.mentor >= a.mentee + params.minLead).length
    const reason: ExpertiseCoverageReason = { minLead: params.minLead, covered, areas }
    return { raw: areas.length === 0 ? 1 : covered / areas.length, reason }
  },
  kernel: (mentors, mentees, params) => kernel(mentors, mentees, params.minLead),
  hints: ({ mentor, mentee, params }) => hints(mentor, mentee, params.minLead),
})
