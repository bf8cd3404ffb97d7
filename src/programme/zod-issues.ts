/**
 * zod's findings about a programme (or a criterion's parameters), translated into the library's
 * issue codes with readable English and Dutch.
 * @module
 * @internal
 */
import type { z } from 'zod'
import { issue, type Issue, type Path } from '../errors/issue.js'
import { preview } from './preview.js'

type ZodIssue = z.core.$ZodIssue

const EXPECTED: Readonly<Record<string, string>> = { int: 'integer' }

/** The JSON type name of `v`. */
const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** The value at `path` inside `root`, through own properties only. */
const valueAt = (root: unknown, path: Path): unknown => {
  let v = root
  for (const key of path) {
    v = typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string | number, unknown>)[key] : undefined
  }
  return v
}

/** The name of the field at `path` when it is absent from an object, else `undefined`. */
const missingField = (input: unknown, path: Path): string | undefined => {
  const last = path[path.length - 1]
  return valueAt(input, path) === undefined && typeof last === 'string' && typeName(valueAt(input, path.slice(0, -1))) === 'object'
    ? last
    : undefined
}

const invalidType = (input: unknown, path: Path, at: Path, expected: string): Issue => {
  const field = missingField(input, path)
  return field !== undefined
    ? issue('programme-missing-field', at, { field })
    : issue('programme-invalid-type', at, { expected: EXPECTED[expected] ?? expected, received: typeName(valueAt(input, path)) })
}

const bound = (input: unknown, path: Path, at: Path, z: ZodIssue & { code: 'too_small' | 'too_big' }): Issue => {
  const value = valueAt(input, path)
  const small = z.code === 'too_small'
  const limit = Number(small ? z.minimum : z.maximum)
  if (z.origin === 'string') return issue('programme-empty-string', at, {})
  if (z.origin === 'array') {
    return small ? issue('programme-list-too-short', at, { min: limit }) : issue('programme-list-too-long', at, { max: limit })
  }
  if (typeof value !== 'number') return issue('programme-invalid-value', at, { detail: z.message })
  return small
    ? issue('programme-number-too-small', at, { value, min: limit })
    : issue('programme-number-too-big', at, { value, max: limit })
}

const invalidValue = (input: unknown, path: Path, at: Path, options: readonly unknown[]): Issue => {
  const value = preview(valueAt(input, path))
  const field = missingField(input, path)
  if (field !== undefined) return issue('programme-missing-field', at, { field })
  return at.length === 1 && at[0] === 'schemaVersion'
    ? issue('programme-unsupported-schema-version', at, { received: value, supported: 1 })
    : issue('programme-invalid-option', at, { value, options: options.map(String) })
}

/**
 * One zod issue as ours; `input` is the value zod parsed, `base` its path in the whole input, and
 * `allowedAt` the keys allowed at a path relative to `input` (for `programme-unknown-key`).
 * @internal
 */
export const translateZodIssue = (
  input: unknown,
  z: ZodIssue,
  base: Path,
  allowedAt: (path: Path) => readonly string[],
): readonly Issue[] => {
  const path: Path = z.path.map((k) => (typeof k === 'number' ? k : String(k)))
  const at: Path = [...base, ...path]
  switch (z.code) {
    case 'invalid_type':
      return [invalidType(input, path, at, z.expected)]
    case 'unrecognized_keys':
      return z.keys.map((key) => issue('programme-unknown-key', [...at, key], { key, allowed: allowedAt(path) }))
    case 'too_small':
    case 'too_big':
      return [bound(input, path, at, z)]
    case 'invalid_format':
      return [issue('programme-invalid-date', at, { value: preview(valueAt(input, path)) })]
    case 'invalid_value':
      return [invalidValue(input, path, at, z.values)]
    default:
      return [issue('programme-invalid-value', at, { detail: z.message })]
  }
}
