/**
 * The zod schemas of a programme policy at the boundary: a complete policy, the overrides a
 * programme may give (every field optional, at every depth), and the input of `parsePolicy`
 * (overrides with a `level`). Unknown keys are errors at every depth.
 * @module
 */
import { z } from 'zod'
import { COMPETENCIES } from '../model/organisation.js'
import { FORMALITY_LEVELS } from './formality.js'
import { REQUIREMENTS } from './policy.js'

/**
 * The bounds of every figure of a policy, inclusive: whole numbers only.
 * @example
 * POLICY_BOUNDS.minYears // { min: 0, max: 100 }
 * @since 0.1.0
 */
export const POLICY_BOUNDS = {
  newcomerMonths: { min: 0, max: 120 },
  minYears: { min: 0, max: 100 },
  level: { min: 0, max: 5 },
  minGoals: { min: 1, max: 50 },
  cadenceWeeks: { min: 1, max: 104 },
  responseDays: { min: 1, max: 365 },
  stalledAfterDays: { min: 1, max: 365 },
} as const satisfies Record<string, { readonly min: number; readonly max: number }>

type Bound = keyof typeof POLICY_BOUNDS

/** A whole number within the bounds of `name`; one issue (with both bounds) when not. */
const whole = (name: Bound) => {
  const { min, max } = POLICY_BOUNDS[name]
  return z.number().refine((n) => Number.isInteger(n) && n >= min && n <= max, { params: { min, max, bound: name } })
}

const requirement = z.enum(REQUIREMENTS)

const mentor = z.strictObject({
  interest: z.strictObject({ requirement }),
  tenure: z.strictObject({ requirement, minYears: whole('minYears') }),
  competencies: z.strictObject({ requirement, minimum: z.partialRecord(z.enum(COMPETENCIES), whole('level')) }),
  training: z.strictObject({ requirement, kind: z.string().min(1) }),
  capacity: z.strictObject({ requirement }),
})

const mentorship = z.strictObject({
  goals: z.strictObject({ requirement, minGoals: whole('minGoals') }),
  plan: z.strictObject({ requirement }),
  reports: z.strictObject({ requirement, cadenceWeeks: whole('cadenceWeeks') }),
  checkIns: z.strictObject({ requirement, cadenceWeeks: whole('cadenceWeeks') }),
  managerApproval: z.boolean(),
  responseDays: whole('responseDays'),
  stalledAfterDays: whole('stalledAfterDays'),
})

/**
 * A complete {@link ProgrammePolicy}.
 * @example
 * ProgrammePolicySchema.safeParse(defaultPolicy('formal')).success // true
 * @since 0.1.0
 */
export const ProgrammePolicySchema = z.strictObject({
  level: z.enum(FORMALITY_LEVELS),
  newcomerMonths: whole('newcomerMonths'),
  mentor,
  mentorship,
})

const { shape: m } = mentor
const { shape: s } = mentorship

/**
 * Overrides of a policy: any part of it, at any depth; what is absent keeps the base's value. A
 * `level`, when given, must be the base's own. The `policy` field of a programme (CONTRACT §5).
 * @example
 * PolicyOverridesSchema.safeParse({ mentor: { tenure: { minYears: 3 } } }).success // true
 * @since 0.1.0
 */
export const PolicyOverridesSchema = z
  .strictObject({
    level: z.enum(FORMALITY_LEVELS),
    newcomerMonths: ProgrammePolicySchema.shape.newcomerMonths,
    mentor: z
      .strictObject({
        interest: m.interest.partial(),
        tenure: m.tenure.partial(),
        competencies: m.competencies.partial(),
        training: m.training.partial(),
        capacity: m.capacity.partial(),
      })
      .partial(),
    mentorship: z
      .strictObject({
        goals: s.goals.partial(),
        plan: s.plan.partial(),
        reports: s.reports.partial(),
        checkIns: s.checkIns.partial(),
        managerApproval: s.managerApproval,
        responseDays: s.responseDays,
        stalledAfterDays: s.stalledAfterDays,
      })
      .partial(),
  })
  .partial()

/**
 * The input of `parsePolicy`: a `level` and any overrides of that level's default policy. A
 * complete policy is the case where nothing is left out.
 * @example
 * PolicyInputSchema.safeParse({ level: 'formal', mentor: { training: { requirement: 'advised' } } }).success // true
 * @since 0.1.0
 */
export const PolicyInputSchema = PolicyOverridesSchema.required({ level: true })

/**
 * Overrides of a policy, as `overridePolicy` accepts them.
 * @example
 * const o: PolicyOverrides = { mentorship: { reports: { cadenceWeeks: 4 } } }
 * @since 0.1.0
 */
export type PolicyOverrides = z.input<typeof PolicyOverridesSchema>
