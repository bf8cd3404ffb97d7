/**
 * The structural pass: zod's findings, translated into our own issue codes with readable English
 * (and Dutch in the catalogue), plus the few shape rules zod cannot express.
 * @module
 * @internal
 */
import type { z } from 'zod'
import { issue, type Path } from '../errors/issue.js'
import type { OrganisationIssue as Issue } from './error.js'
import { COMPETENCIES } from './organisation.js'
import { clip, own, ownArray, show, typeName, valueAt } from './raw.js'
import {
  EmployeeSchema,
  MAX_MENTOR_CAPACITY,
  MentorInterestSchema,
  OrganisationSchema,
  TeamSchema,
  TrainingSchema,
} from './schema.js'

type ZodIssue = z.core.$ZodIssue

const keysOf = (shape: object): readonly string[] => Object.keys(shape)

/** The allowed keys of the object at `path`, by where it sits in the format. */
const allowedAt = (path: Path): readonly string[] => {
  const [top, , field, , more] = path
  if (path.length === 0) return keysOf(OrganisationSchema.shape)
  if (top === 'teams' && path.length === 2) return keysOf(TeamSchema.shape)
  if (top !== 'employees') return []
  if (path.length === 2) return keysOf(EmployeeSchema.shape)
  if (field === 'competencies' && path.length === 3) return COMPETENCIES
  if (field === 'mentorInterest' && path.length === 3) return keysOf(MentorInterestSchema.shape)
  if (field === 'trainings' && path.length === 4 && more === undefined) return keysOf(TrainingSchema.shape)
  return []
}

const isLevelPath = (path: Path): boolean => {
  const last = path[path.length - 1]
  const parent = path[path.length - 2]
  return path[0] === 'employees' && (last === 'strategyInsight' || parent === 'expertise' || parent === 'competencies')
}

const isCapacityPath = (path: Path): boolean => path[0] === 'employees' && path[path.length - 1] === 'mentorCapacity'

/** A number where a level or the capacity belongs: out of range, or not whole. */
const rangeIssue = (path: Path, value: unknown): Issue | undefined => {
  if (typeof value !== 'number') return undefined
  if (isLevelPath(path)) return issue('level-out-of-range', path, { value, min: 0, max: 5 })
  if (isCapacityPath(path)) return issue('capacity-out-of-range', path, { value, min: 0, max: MAX_MENTOR_CAPACITY })
  return undefined
}

const EXPECTED: Readonly<Record<string, string>> = { int: 'integer' }

/** A required field that is absent: zod says "expected X, received undefined". */
const missingField = (input: unknown, path: Path): Issue | undefined => {
  const last = path[path.length - 1]
  return typeof last === 'string' && valueAt(input, path) === undefined && typeName(valueAt(input, path.slice(0, -1))) === 'object'
    ? issue('missing-field', path, { field: last })
    : undefined
}

const invalidType = (input: unknown, path: Path, expected: string): Issue => {
  const value = valueAt(input, path)
  return (
    missingField(input, path) ??
    rangeIssue(path, value) ??
    issue('invalid-type', path, { expected: EXPECTED[expected] ?? expected, received: typeName(value) })
  )
}

const invalidValue = (input: unknown, path: Path, options: readonly unknown[]): Issue => {
  const value = valueAt(input, path)
  return (
    missingField(input, path) ??
    (path.length === 1 && path[0] === 'schemaVersion'
      ? issue('unsupported-schema-version', path, { received: show(value), supported: 1 })
      : issue('invalid-option', path, { value: show(value), options: options.map(String) }))
  )
}

const fallback = (path: Path, z: ZodIssue): Issue => issue('invalid-value', path, { detail: z.message })

/** One zod issue as ours (an unknown-keys issue becomes one issue per key). */
const translate = (input: unknown, z: ZodIssue): readonly Issue[] => {
  const path: Path = z.path.map((k) => (typeof k === 'number' ? k : String(k)))
  switch (z.code) {
    case 'invalid_type':
      return [invalidType(input, path, z.expected)]
    case 'unrecognized_keys':
      return z.keys.map((key) => issue('unknown-key', [...path, key], { key, allowed: allowedAt(path) }))
    case 'too_small':
    case 'too_big':
      if (z.origin === 'string') return [issue('empty-string', path, {})]
      return [rangeIssue(path, valueAt(input, path)) ?? fallback(path, z)]
    case 'invalid_format':
      return [issue('invalid-date', path, { value: clip(String(valueAt(input, path))) })]
    case 'invalid_value':
      return [invalidValue(input, path, z.values)]
    case 'invalid_key':
      return [path[path.length - 1] === '' ? issue('empty-string', path, {}) : fallback(path, z)]
    default:
      return [fallback(path, z)]
  }
}

const hasProtoKey = (v: unknown): boolean => typeName(v) === 'object' && Object.hasOwn(v as object, '__proto__')

/**
 * Keys named `__proto__` in the two maps of an employee (zod's records drop such a key silently):
 * a reserved name as an expertise area, an unknown key among the competencies.
 * @internal
 */
export const protoKeyIssues = (input: unknown): readonly Issue[] => {
  const employees = ownArray(input, 'employees') ?? []
  const found: Issue[] = []
  const key = '__proto__'
  for (let i = 0; i < employees.length; i++) {
    if (hasProtoKey(own(employees[i], 'expertise'))) {
      found.push(issue('reserved-key', ['employees', i, 'expertise', key], { key }))
    }
    if (hasProtoKey(own(employees[i], 'competencies'))) {
      found.push(issue('unknown-key', ['employees', i, 'competencies', key], { key, allowed: COMPETENCIES }))
    }
  }
  return found
}

/**
 * The issues without the aftermath of a wrong type: zod 4 goes on checking a value of the wrong
 * type (a length check on an array where a string belongs), which adds nothing to "expected
 * string, received array".
 */
const withoutAftermath = (issues: readonly Issue[]): readonly Issue[] => {
  const wrong = new Set(issues.filter((i) => i.code === 'invalid-type' || i.code === 'missing-field').map((i) => JSON.stringify(i.path)))
  if (wrong.size === 0) return issues
  return issues.filter((i) => i.code === 'invalid-type' || i.code === 'missing-field' || !wrong.has(JSON.stringify(i.path)))
}

/**
 * Every structural problem of `input`, and zod's output when there is none.
 * @internal
 */
export const structuralPass = (
  input: unknown,
): { readonly issues: readonly Issue[]; readonly data: z.output<typeof OrganisationSchema> | undefined } => {
  const result = OrganisationSchema.safeParse(input)
  const reserved = protoKeyIssues(input)
  const issues = [...(result.success ? [] : withoutAftermath(result.error.issues.flatMap((z) => translate(input, z)))), ...reserved]
  return { issues, data: issues.length === 0 && result.success ? result.data : undefined }
}
