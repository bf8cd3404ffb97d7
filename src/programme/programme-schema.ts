/**
 * The zod schemas of the programme interchange format, version 1 (CONTRACT section 5). They check
 * structure only; {@link parseProgramme} adds the checks against the organisation, the policy
 * overrides and the criteria. `schema/programme.json` is generated from `ProgrammeSchema` in input
 * mode.
 * @module
 */
import { z } from 'zod'
import { FORMALITY_LEVELS } from './formality.js'
import { PolicyOverridesSchema } from './policy-schema.js'
import { AFFINITY_SOURCES, MODES, PURPOSES, TOPICS } from './programme.js'

const Id = z.string().min(1)

/**
 * A mentee and their request; `developmentAreas` and `topics` default to `[]`.
 * @example
 * MenteeRequestSchema.parse({ employeeId: 'e5', purpose: 'onboarding' }).topics // []
 * @since 0.1.0
 */
export const MenteeRequestSchema = z.strictObject({
  employeeId: Id,
  purpose: z.enum(PURPOSES),
  developmentAreas: z.array(z.string().min(1)).default([]),
  topics: z.array(z.enum(TOPICS)).default([]),
})

/**
 * A criterion row: `weight` 0..10 (default 1; it does not count for `require`), `params` an
 * object checked by the criterion itself (default `{}`).
 * @example
 * CriterionRuleSchema.parse({ criterion: 'same-team', mode: 'prefer', weight: 3 }).params // {}
 * @since 0.1.0
 */
export const CriterionRuleSchema = z.strictObject({
  criterion: Id,
  mode: z.enum(MODES),
  weight: z.number().min(0).max(10).default(1),
  params: z.record(z.string(), z.unknown()).default({}),
})

/**
 * An affinity between two colleagues (S13).
 * @example
 * AffinitySchema.parse({ a: 'e1', b: 'e6', source: 'observed' })
 * @since 0.1.0
 */
export const AffinitySchema = z.strictObject({ a: Id, b: Id, source: z.enum(AFFINITY_SOURCES) })

/**
 * A mentor and a mentee: a locked, forbidden or existing pair.
 * @example
 * PairSchema.parse({ mentorId: 'e1', menteeId: 'e5' })
 * @since 0.1.0
 */
export const PairSchema = z.strictObject({ mentorId: Id, menteeId: Id })

/**
 * A programme, version 1. Optional fields and their defaults: `managerId` (none: an HR-run
 * programme), `policy` (`{}`: overrides of `defaultPolicy(formality)`), `mentors` (every employee
 * ready for the level), `criteria` (the level's defaults), `affinities`, `locked`, `forbidden`,
 * `existing` (`[]`).
 * @example
 * ProgrammeSchema.safeParse({ schemaVersion: 1, id: 'p', name: 'P', formality: 'formal', asOf: '2026-11-01', mentees: [] }).success // true
 * @since 0.1.0
 */
export const ProgrammeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: Id,
  name: z.string().min(1),
  formality: z.enum(FORMALITY_LEVELS),
  asOf: z.iso.date(),
  managerId: Id.nullable().optional(),
  policy: PolicyOverridesSchema.optional(),
  mentees: z.array(MenteeRequestSchema),
  mentors: z.array(Id).optional(),
  criteria: z.array(CriterionRuleSchema).optional(),
  affinities: z.array(AffinitySchema).default([]),
  locked: z.array(PairSchema).default([]),
  forbidden: z.array(PairSchema).default([]),
  existing: z.array(PairSchema).default([]),
})

/**
 * A programme as written in JSON (the input of {@link parseProgramme}).
 * @example
 * const input: ProgrammeInput = { schemaVersion: 1, id: 'p', name: 'P', formality: 'formal', asOf: '2026-11-01', mentees: [] }
 * @since 0.1.0
 */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>

/**
 * The keys allowed in each object of the format, by path (for unknown-key messages).
 * @internal
 */
export const allowedProgrammeKeys = (path: readonly (string | number)[]): readonly string[] => {
  const [top] = path
  if (path.length === 0) return Object.keys(ProgrammeSchema.shape)
  if (path.length !== 2) return []
  if (top === 'mentees') return Object.keys(MenteeRequestSchema.shape)
  if (top === 'criteria') return Object.keys(CriterionRuleSchema.shape)
  if (top === 'affinities') return Object.keys(AffinitySchema.shape)
  return top === 'locked' || top === 'forbidden' || top === 'existing' ? Object.keys(PairSchema.shape) : []
}
