/**
 * `same-team`: mentor and mentee are in the same team (S2).
 * @module
 */
import { z } from 'zod'
import type { TeamId } from '../../model/ids.js'
import { defineCriterion, type RowKernel } from '../criterion.js'
import { interner } from '../intern.js'

/**
 * The reason of a `same-team` judgement: both teams.
 * @example
 * const team = org.index.employeeById.get(e1)?.teamId
 * if (team !== undefined) {
 *   const r: SameTeamReason = { mentorTeam: team, menteeTeam: team }
 * }
 * @since 0.1.0
 */
export type SameTeamReason = { readonly mentorTeam: TeamId; readonly menteeTeam: TeamId }

const kernel = (mentors: readonly TeamId[], mentees: readonly TeamId[]): RowKernel => {
  const id = interner()
  const mentorTeam = Int32Array.from(mentors, id)
  const menteeTeam = Int32Array.from(mentees, id)
  return (j, list, count, out) => {
    const team = menteeTeam[j] ?? -1
    for (let k = 0; k < count; k++) out[k] = mentorTeam[list[k] ?? 0] === team ? 1 : 0
  }
}

/**
 * `same-team` (S2: the manager can leave coaching to an employee of their own team). `raw` is 1
 * when mentor and mentee have the same `teamId`, else 0. No parameters. Use it as `prefer` to keep
 * mentoring inside teams, or as `avoid` for cross-team programmes. Hint when required: make it a
 * preference.
 * @example
 * sameTeam.bind({}) // Right(bound criterion)
 * @since 0.1.0
 */
export const sameTeam = defineCriterion({
  name: 'same-team',
  statements: ['S2'],
  params: z.strictObject({}),
  mentorFacts: (m) => m.employee.teamId,
  menteeFacts: (t) => t.employee.teamId,
  evaluate: ({ mentor, mentee }) => {
    const reason: SameTeamReason = { mentorTeam: mentor, menteeTeam: mentee }
    return { raw: mentor === mentee ? 1 : 0, reason }
  },
  kernel,
})
