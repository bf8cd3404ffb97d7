/**
 * One check per mentor rule of a policy: what the person lacks for that rule, whatever its
 * requirement (the caller decides whether the gaps block or advise).
 * @module
 */
import { anniversary, wholeYears, type IsoDate } from '../model/date.js'
import { COMPETENCIES, type Employee } from '../model/organisation.js'
import type { MentorRequirements } from '../programme/policy.js'
import type { Gap, MentorRule } from './gap.js'

/**
 * The facts a rule looks at besides the employee: the assessment date and the current load.
 * @internal
 */
export interface RuleFacts {
  readonly asOf: IsoDate
  readonly currentLoad: number
}

type Check = (employee: Employee, rules: MentorRequirements, facts: RuleFacts) => readonly Gap[]

/** Interest counts once recorded on or before `asOf` (S12). */
const interest: Check = (e, _rules, { asOf }) => {
  const recorded = e.mentorInterest
  if (recorded === null || recorded.recordedOn > asOf) return [{ code: 'interest-missing' }]
  return recorded.interested ? [] : [{ code: 'not-interested' }]
}

/** Whole years in the team, from `teamSince` (S11); time alone closes it on the anniversary. */
const tenure: Check = (e, rules, { asOf }) => {
  const required = rules.tenure.minYears
  const actual = wholeYears(e.teamSince, asOf)
  if (actual >= required) return []
  return [{ code: 'tenure-below-minimum', required, actual, metOn: anniversary(e.teamSince, required) }]
}

/** One gap per competency below its minimum, in the order of {@link COMPETENCIES} (S15). */
const competencies: Check = (e, rules) =>
  COMPETENCIES.flatMap((competency): Gap[] => {
    const required = rules.competencies.minimum[competency]
    const actual = e.competencies[competency]
    return required !== undefined && actual < required
      ? [{ code: 'competency-below-minimum', competency, required, actual }]
      : []
  })

/** A training of the policy's kind completed on or before `asOf` (S17). */
const training: Check = (e, rules, { asOf }) => {
  const kind = rules.training.kind
  const done = e.trainings.some((t) => t.kind === kind && t.completedOn <= asOf)
  return done ? [] : [{ code: 'training-missing', required: kind }]
}

/** Room for one more mentee: the current load below `mentorCapacity`. */
const capacity: Check = (e, _rules, { currentLoad }) =>
  currentLoad < e.mentorCapacity ? [] : [{ code: 'no-capacity', required: currentLoad + 1, actual: e.mentorCapacity }]

/**
 * The check of each mentor rule.
 * @internal
 */
export const RULE_CHECKS = { interest, tenure, competencies, training, capacity } as const satisfies Record<
  MentorRule,
  Check
>
