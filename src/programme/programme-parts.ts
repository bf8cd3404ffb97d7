/**
 * The parts of a programme input that are valid on their own, element by element, so that the
 * checks against the organisation run even when other parts have structural problems.
 * @module
 * @internal
 */
import type { z } from 'zod'
import type { IsoDate } from '../model/date.js'
import type { FormalityLevel } from './formality.js'
import { AffinitySchema, CriterionRuleSchema, MenteeRequestSchema, PairSchema, ProgrammeSchema } from './programme-schema.js'

/**
 * A valid element and its index in the input list.
 * @internal
 */
export interface At<T> {
  readonly value: T
  readonly index: number
}

/**
 * The valid parts of a programme input.
 * @internal
 */
export interface Parts {
  readonly id: string | undefined
  readonly name: string | undefined
  readonly formality: FormalityLevel | undefined
  readonly asOf: IsoDate | undefined
  readonly managerId: string | null | undefined
  readonly policy: unknown
  readonly mentees: readonly At<z.output<typeof MenteeRequestSchema>>[]
  readonly mentors: readonly At<string>[] | undefined
  readonly criteria: readonly At<z.output<typeof CriterionRuleSchema>>[] | undefined
  readonly affinities: readonly At<z.output<typeof AffinitySchema>>[]
  readonly locked: readonly At<z.output<typeof PairSchema>>[]
  readonly forbidden: readonly At<z.output<typeof PairSchema>>[]
  readonly existing: readonly At<z.output<typeof PairSchema>>[]
}

const field = (input: unknown, key: string): unknown =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, key)
    ? (input as Readonly<Record<string, unknown>>)[key]
    : undefined

const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
  const r = schema.safeParse(value)
  return r.success ? r.data : undefined
}

/** The valid elements of list `key` (absent or not a list: none, or `undefined` when `optional`). */
const elements = <T>(input: unknown, key: string, schema: z.ZodType<T>): readonly At<T>[] => {
  const list = field(input, key)
  if (!Array.isArray(list)) return []
  const found: At<T>[] = []
  list.forEach((v: unknown, index) => {
    const value = valid(schema, v)
    if (value !== undefined) found.push({ value, index })
  })
  return found
}

const S = ProgrammeSchema.shape

/**
 * The valid parts of `input`.
 * @internal
 */
export const partsOf = (input: unknown): Parts => ({
  id: valid(S.id, field(input, 'id')),
  name: valid(S.name, field(input, 'name')),
  formality: valid(S.formality, field(input, 'formality')),
  asOf: valid(S.asOf, field(input, 'asOf')) as IsoDate | undefined,
  managerId: valid(S.managerId, field(input, 'managerId')),
  policy: field(input, 'policy') ?? {},
  mentees: elements(input, 'mentees', MenteeRequestSchema),
  mentors: field(input, 'mentors') === undefined ? undefined : elements(input, 'mentors', S.id),
  criteria: field(input, 'criteria') === undefined ? undefined : elements(input, 'criteria', CriterionRuleSchema),
  affinities: elements(input, 'affinities', AffinitySchema),
  locked: elements(input, 'locked', PairSchema),
  forbidden: elements(input, 'forbidden', PairSchema),
  existing: elements(input, 'existing', PairSchema),
})
