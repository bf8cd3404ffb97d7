/**
 * Guards about the pair itself: who may be paired (S2), no second open or running mentorship of
 * the same two people, the mentor's capacity across all their mentorships, and what a formality
 * level asks before a pair may be raised to it (S15, S16).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { employeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import { compareFormality, type FormalityLevel } from '../programme/formality.js'
import { assessReadiness } from '../readiness/assess.js'
import { policyFor, type MentorshipContext, type PairSummary } from './context.js'
import type { MentorshipFailed } from './failed.js'
import { dayOf } from './moment.js'
import type { Accountability } from './record.js'
import { FINAL_STATUSES, RUNNING_STATUSES } from './state.js'
import type { MentorshipStatus } from './vocabulary.js'

/** A pair as the guards see it. */
type Pair = Pick<PairSummary, 'mentorshipId' | 'mentorId' | 'menteeId'>

const samePeople = (a: Pair, b: Pair): boolean =>
  (a.mentorId === b.mentorId && a.menteeId === b.menteeId) || (a.mentorId === b.menteeId && a.menteeId === b.mentorId)

const others = (ctx: MentorshipContext, pair: Pair): readonly PairSummary[] =>
  (ctx.others ?? []).filter((o) => o.mentorshipId !== pair.mentorshipId)

const isIn = (statuses: readonly MentorshipStatus[], s: MentorshipStatus): boolean => statuses.includes(s)

/** Whether `a` manages `b` at any level (the index numbers the management forest). */
const above = (org: Organisation, a: string, b: string): boolean => {
  const [preA, preB] = [org.index.pre.get(employeeId(a)), org.index.pre.get(employeeId(b))]
  const [postA, postB] = [org.index.post.get(employeeId(a)), org.index.post.get(employeeId(b))]
  return preA !== undefined && preB !== undefined && postA !== undefined && postB !== undefined && preA < preB && postB < postA
}

/**
 * What keeps two people from being recorded as a pair: the same person, unknown ids, one managing
 * the other, or another mentorship of theirs that is not over.
 * @example
 * pairingFailures(ctx, { mentorshipId: 'm1', mentorId: 'e11', menteeId: 'e11' }) // [{ code: 'same-person', employeeId: 'e11' }]
 * @since 0.1.0
 */
export const pairingFailures = (ctx: MentorshipContext, pair: Pair): MentorshipFailed[] => {
  if (pair.mentorId === pair.menteeId) return [{ code: 'same-person', employeeId: pair.mentorId }]
  const unknown = [pair.mentorId, pair.menteeId].filter((id) => !ctx.org.index.employeeById.has(employeeId(id)))
  if (unknown.length > 0) return unknown.map((employeeId) => ({ code: 'unknown-person', employeeId }))
  const line: MentorshipFailed[] = above(ctx.org, pair.mentorId, pair.menteeId)
    ? [{ code: 'reporting-line', managerId: pair.mentorId, reportId: pair.menteeId }]
    : above(ctx.org, pair.menteeId, pair.mentorId)
      ? [{ code: 'reporting-line', managerId: pair.menteeId, reportId: pair.mentorId }]
      : []
  const open = others(ctx, pair).filter((o) => samePeople(o, pair) && !isIn(FINAL_STATUSES, o.status))
  return [...line, ...open.map((o): MentorshipFailed => ({ code: 'pair-already-open', mentorshipId: o.mentorshipId }))]
}

/**
 * The number of running mentorships of `mentorId` as mentor, this pair's own not counted.
 * @example
 * runningLoad(ctx, pair) // 1
 * @since 0.1.0
 */
export const runningLoad = (ctx: MentorshipContext, pair: Pair): number =>
  others(ctx, pair).filter((o) => o.mentorId === pair.mentorId && isIn(RUNNING_STATUSES, o.status)).length

/**
 * What keeps a pair from starting: another running mentorship of the same two people, or a mentor
 * whose running mentorships already fill their capacity.
 * @example
 * startFailures(ctx, pair) // [{ code: 'mentor-at-capacity', mentorId: 'e11', capacity: 1, load: 1 }]
 * @since 0.1.0
 */
export const startFailures = (ctx: MentorshipContext, pair: Pair): MentorshipFailed[] => {
  const running = others(ctx, pair).filter((o) => samePeople(o, pair) && isIn(RUNNING_STATUSES, o.status))
  const mentor = ctx.org.index.employeeById.get(employeeId(pair.mentorId))
  const load = runningLoad(ctx, pair)
  const capacity: MentorshipFailed[] =
    mentor === undefined
      ? [{ code: 'unknown-person', employeeId: pair.mentorId }]
      : load >= mentor.mentorCapacity
        ? [{ code: 'mentor-at-capacity', mentorId: pair.mentorId, capacity: mentor.mentorCapacity, load }]
        : []
  return [...running.map((o): MentorshipFailed => ({ code: 'pair-already-running', mentorshipId: o.mentorshipId })), ...capacity]
}

/**
 * What the policy of level `to` requires before a pair at level `from` may be raised to it:
 * goals, a plan and a mentor ready at that level on the day of the event (`required` rules only).
 * @example
 * formaliseFailures(ctx, pair, 'encouraged', 'formal', EMPTY_RECORD, '2026-04-01')
 * // [{ code: 'goals-missing', ... }, { code: 'plan-missing', level: 'formal' }, ...]
 * @since 0.1.0
 */
export const formaliseFailures = (
  ctx: MentorshipContext,
  pair: Pair,
  levels: { readonly from: FormalityLevel; readonly to: FormalityLevel },
  record: Accountability,
  at: string,
): MentorshipFailed[] => {
  const { from, to } = levels
  if (compareFormality(to, from) <= 0) return [{ code: 'not-a-raise', from, to }]
  const policy = policyFor(ctx, to).mentorship
  const goals: MentorshipFailed[] =
    policy.goals.requirement === 'required' && record.goals.length < policy.goals.minGoals
      ? [{ code: 'goals-missing', level: to, required: policy.goals.minGoals, actual: record.goals.length }]
      : []
  const plan: MentorshipFailed[] = policy.plan.requirement === 'required' && record.plan === null ? [{ code: 'plan-missing', level: to }] : []
  const readiness = assessReadiness(ctx.org, pair.mentorId, policyFor(ctx, to), dayOf(at), { currentLoad: runningLoad(ctx, pair) })
  const mentor: MentorshipFailed[] = E.isLeft(readiness)
    ? [{ code: 'unknown-person', employeeId: pair.mentorId }]
    : readiness.right.status === 'ready'
      ? []
      : [{ code: 'mentor-not-ready', level: to, mentorId: pair.mentorId, gaps: readiness.right.gaps }]
  return [...goals, ...plan, ...mentor]
}
