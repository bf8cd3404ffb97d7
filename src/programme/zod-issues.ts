/**
 * zod's findings about a programme (or a criterion's parameters), translated into the library's
 * issue codes with readable English and Dutch.
 * @module
 * @internal
 */
import type { z } from 'zod'
import { issue, type Issue, type Path } from '../errors/issue.js'
import { clip, show, typeName, valueAt } from '../model/raw.js'

type ZodIssue = z.core.$ZodIssue

const EXPECTED: Readonly<Record<string, string>> = { int: 'integer' }

const invalidType = (input: unknown, path: Path, at: Path, expected: string): Issue => {
  const value = valueAt(input, path)
  const last = path[path.length - 1]
  return value === undefined && typeof last === 'string' && typeName(valueAt(input, path.slice(0, -1))) === 'object'
    ? issue('missing-field', at, { field: last })
    : issue('invalid-type', at, { expected: EXPECTED[expected] ?? expected, received: typeName(value) })
}

const bound = (input: unknown, path: Path, at: Path, z: ZodIssue & { code: 'too_small' | 'too_big' }): Issue => {
  const value = valueAt(input, path)
  const limit = Number(z.code === 'too_small' ? z.minimum : z.maximum)
  if (z.origin === 'string') return issue('empty-string', at, {})
  if (z.origin === 'array') return z.code === 'too_small' ? issue('list-too-short', at, { min: limit }) : issue('list-too-long', at, { max: limit })
  if (typeof value !== 'number') return issue('invalid-value', at, { detail: z.message })
  return z.code === 'too_small' ? issue('number-too-small', at, { value, min: limit }) : issue('number-too-big', at, { value, max: limit })
}

const invalidValue = (input: unknown, path: Path, at: Path, options: readonly unknown[]): Issue => {
  const value = valueAt(input, path)
  return at.length === 1 && at[0] === 'schemaVersion'
    ? issue('unsupported-schema-version', at, { received: show(value), supported: 1 })
    : issue('invalid-option', at, { value: show(value), options: options.map(String) })
}

/**
 * One zod issue as ours; `input` is the value zod parsed, `base` its path in the whole input, and
 * `allowedAt` the keys allowed at a path relative to `input` (for `unknown-key`).
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
      return z.keys.map((key) => issue('unknown-key', [...at, key], { key, allowed: allowedAt(path) }))
    case 'too_small':
    case 'too_big':
      return [bound(input, path, at, z)]
    case 'invalid_format':
      return [issue('invalid-date', at, { value: clip(String(valueAt(input, path))) })]
    case 'invalid_value':
      return [invalidValue(input, path, at, z.values)]
    default:
      return [issue('invalid-value', at, { detail: z.message })]
  }
}
