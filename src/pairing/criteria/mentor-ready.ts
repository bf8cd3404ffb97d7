/**
 * `mentor-ready`: the mentor passes the readiness check of the programme's policy (S11, S12, S15,
 * S17).
 * @module
 */
import { z } from 'zod'
import { match } from 'ts-pattern'
import type { EmployeeId } from '../../model/ids.js'
import { readinessOf } from '../../readiness/assess.js'
import type { Gap } from '../../readiness/gap.js'
import { defineCriterion, type RowKernel } from '../criterion.js'
import type { Hint } from '../hint.js'

/**
 * The reason of a `mentor-ready` judgement: the readiness status and its blocking gaps.
 * @example
 * const r: MentorReadyReason = { status: 'not-ready', gaps: [{ code: 'training-missing', required: 'coaching-techniques' }] }
 * @since 0.1.0
 */
export type MentorReadyReason = { readonly status: 'ready' | 'not-ready'; readonly gaps: readonly Gap[] }

interface MentorFacts {
  readonly id: EmployeeId
  readonly reason: MentorReadyReason
}

const kernel = (mentors: readonly MentorFacts[]): RowKernel => {
  const ready = Uint8Array.from(mentors, (m) => (m.reason.status === 'ready' ? 1 : 0))
  return (_j, list, count, out) => {
    for (let k = 0; k < count; k++) out[k] = ready[list[k] ?? 0] ?? 0
  }
}

/** The change that closes one gap. */
const hintFor = (id: EmployeeId, gap: Gap): Hint =>
  match(gap)
    .returnType<Hint>()
    .with({ code: 'interest-missing' }, { code: 'not-interested' }, () => ({ code: 'record-interest', employeeId: id }))
    .with({ code: 'tenure-below-minimum' }, (g) => ({ code: 'wait-until', date: g.metOn }))
    .with({ code: 'competency-below-minimum' }, (g) => ({
      code: 'raise-competency',
      employeeId: id,
      competency: g.competency,
      to: g.required,
    }))
    .with({ code: 'training-missing' }, (g) => ({ code: 'complete-training', employeeId: id, kind: g.required }))
    .with({ code: 'no-capacity' }, (g) => ({ code: 'raise-capacity', employeeId: id, to: g.required }))
    .exhaustive()

/**
 * `mentor-ready` (S11 years in the team, S12 recorded interest, S15 formal competencies, S17
 * coaching-techniques training). `raw` is 1 when `assessReadiness` for the programme's policy, on
 * the scoring date and counting the mentor's `existing` pairs as current load, says `ready`,
 * else 0. No parameters. Hints when required: close each gap (record the interest, wait until
 * the tenure date, raise the competency, complete the training, raise the capacity).
 * @example
 * mentorReady.bind({}) // Right(bound criterion)
 * @since 0.1.0
 */
export const mentorReady = defineCriterion({
  name: 'mentor-ready',
  statements: ['S11', 'S12', 'S15', 'S17'],
  params: z.strictObject({}),
  mentorFacts: (m, _p, ctx): MentorFacts => {
    const r = readinessOf(m.employee, ctx.programme.policy, ctx.asOf, m.existingLoad)
    return { id: m.employee.id, reason: { status: r.status, gaps: r.gaps } }
  },
  menteeFacts: () => null,
  evaluate: ({ mentor }) => ({ raw: mentor.reason.status === 'ready' ? 1 : 0, reason: mentor.reason }),
  kernel,
  hints: ({ mentor }) => mentor.reason.gaps.map((g) => hintFor(mentor.id, g)),
})
