/**
 * Goals at risk (S16): reported at risk, or near or past their target date while not achieved or
 * dropped.
 * @module
 */
import { addDays, type IsoDate } from '../model/date.js'
import type { Goal } from '../mentorship/record.js'
import type { GoalAtRisk, GoalRisk } from './status-types.js'

/**
 * Why goal `g` is at risk on `today` (empty when it is not): `reported-at-risk` when its last
 * reported status is `at-risk`; `target-passed` from the day after its target date;
 * `target-near` from `warningDays` days before up to and including the target date. An achieved or
 * dropped goal is never at risk.
 * @example
 * goalRisks(goal, d('2026-06-02'), 14) // ['target-passed']
 * @since 0.1.0
 */
export const goalRisks = (g: Goal, today: IsoDate, warningDays: number): readonly GoalRisk[] => {
  if (g.status === 'achieved' || g.status === 'dropped') return []
  const reported: GoalRisk[] = g.status === 'at-risk' ? ['reported-at-risk'] : []
  const timed: GoalRisk[] =
    today > g.targetDate ? ['target-passed'] : today >= addDays(g.targetDate, -warningDays) ? ['target-near'] : []
  return [...reported, ...timed]
}

/**
 * The goals at risk on `today`, in the order of the goals.
 * @example
 * goalsAtRisk(record.goals, d('2026-05-20'), 14) // [{ goalId: 'g1', reasons: ['target-near'], ... }]
 * @since 0.1.0
 */
export const goalsAtRisk = (goals: readonly Goal[], today: IsoDate, warningDays: number): readonly GoalAtRisk[] =>
  goals.flatMap((g) => {
    const reasons = goalRisks(g, today, warningDays)
    return reasons.length === 0 ? [] : [{ goalId: g.id, targetDate: g.targetDate, status: g.status, reasons }]
  })
