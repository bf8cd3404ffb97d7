/**
 * The zod schemas of the organisation interchange format, version 1 (CONTRACT section 2). They
 * check structure only; {@link parseOrganisation} adds the referential checks and the defaults that
 * depend on other fields (`teamSince`). `schema/organisation.json` is generated from these in input
 * mode (`npm run schema`).
 * @module
 */
import { z } from 'zod'
import { COMPETENCIES, INTEREST_SOURCES } from './organisation.js'

/**
 * A level 0 (none) to 5 (expert): expertise per area, strategy insight, each competency.
 * @example
 * LevelSchema.safeParse(6).success // false
 * @since 0.1.0
 */
export const LevelSchema = z.int().min(0).max(5)

/**
 * A real calendar date `YYYY-MM-DD` (`2021-02-30` fails; leap years are honoured).
 * @example
 * IsoDateSchema.safeParse('2024-02-29').success // true
 * @since 0.1.0
 */
export const IsoDateSchema = z.iso.date()

/**
 * An id: a non-empty string.
 * @example
 * IdSchema.safeParse('').success // false
 * @since 0.1.0
 */
export const IdSchema = z.string().min(1)

/** Non-empty free text: names, training kinds, languages, locations. */
const TextSchema = z.string().min(1)

/**
 * The largest `mentorCapacity` the format accepts.
 * @example
 * MAX_MENTOR_CAPACITY // 20
 * @since 0.1.0
 */
export const MAX_MENTOR_CAPACITY = 20

/**
 * A team; `managerId` may be absent or `null`.
 * @example
 * TeamSchema.parse({ id: 'payments', name: 'Payments', managerId: 'e0' })
 * @since 0.1.0
 */
export const TeamSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  managerId: IdSchema.nullable().optional(),
})

/**
 * A completed training.
 * @example
 * TrainingSchema.parse({ kind: 'coaching-techniques', completedOn: '2024-05-01' })
 * @since 0.1.0
 */
export const TrainingSchema = z.strictObject({
  kind: TextSchema,
  completedOn: IsoDateSchema,
})

/**
 * A recorded interest in a mentor role, with its source (S12).
 * @example
 * MentorInterestSchema.parse({ interested: true, source: 'self', recordedOn: '2026-02-01' })
 * @since 0.1.0
 */
export const MentorInterestSchema = z.strictObject({
  interested: z.boolean(),
  source: z.enum(INTEREST_SOURCES),
  recordedOn: IsoDateSchema,
})

/**
 * An employee as the interchange format gives it. Defaulted fields stay optional in the JSON
 * Schema; `teamSince` defaults to `startDate` in {@link parseOrganisation}.
 * @example
 * EmployeeSchema.parse({ id: 'e1', name: 'Anouk', teamId: 'payments', startDate: '2019-03-01' })
 * @since 0.1.0
 */
export const EmployeeSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  teamId: IdSchema,
  managerId: IdSchema.nullable().optional(),
  startDate: IsoDateSchema,
  teamSince: IsoDateSchema.optional(),
  expertise: z.record(IdSchema, LevelSchema).optional(),
  strategyInsight: LevelSchema.default(0),
  competencies: z.partialRecord(z.enum(COMPETENCIES), LevelSchema).optional(),
  trainings: z.array(TrainingSchema).optional(),
  mentorInterest: MentorInterestSchema.optional(),
  mentorCapacity: z.int().min(0).max(MAX_MENTOR_CAPACITY).default(1),
  languages: z.array(TextSchema).optional(),
  location: TextSchema.optional(),
})

/**
 * The organisation interchange format, version 1.
 * @example
 * OrganisationSchema.safeParse({ schemaVersion: 1, teams: [], employees: [] }).success // true
 * @since 0.1.0
 */
export const OrganisationSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    teams: z.array(TeamSchema),
    employees: z.array(EmployeeSchema),
  })
  .meta({
    title: 'mentorschap organisation, version 1',
    description:
      'Teams and employees for mentorschap. This schema checks structure only; ids must also be unique, ' +
      'references must resolve and management must be free of cycles (parseOrganisation checks those).',
  })

/**
 * The organisation format as a host writes it (defaulted fields optional).
 * @example
 * const input: OrganisationInput = { schemaVersion: 1, teams: [], employees: [] }
 * @since 0.1.0
 */
export type OrganisationInput = z.input<typeof OrganisationSchema>

/** @internal The structurally valid format, after zod's defaults. */
export type OrganisationData = z.output<typeof OrganisationSchema>

/** @internal One structurally valid employee record. */
export type EmployeeData = z.output<typeof EmployeeSchema>

/** @internal One structurally valid team record. */
export type TeamData = z.output<typeof TeamSchema>
