/**
 * Turn zod's findings about an event into the library's issues: one per problem, with its path
 * into the event, its figures and a message from the catalogue.
 * @module
 * @internal
 */
import { match } from 'ts-pattern'
import type { z } from 'zod'
import { issue, type Issue, type Path } from '../errors/issue.js'
import { preview } from '../programme/preview.js'

type ZodIssue = z.core.$ZodIssue

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null

/** The value at `path` in `input`, and whether its last key is there at all. */
const lookup = (input: unknown, path: Path): { readonly present: boolean; readonly value: unknown } => {
  let node: unknown = input
  for (const [i, key] of path.entries()) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return { present: i < path.length - 1, value: undefined }
    node = (node as Record<string | number, unknown>)[key]
  }
  return { present: true, value: node }
}

/**
 * The name of the type of a JSON value, as messages use it.
 * @example
 * typeName([]) // 'array'
 * @since 0.1.0
 * @internal
 */
export const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

const one = (zi: ZodIssue, path: Path, input: unknown): Issue => {
  const { present, value } = lookup(input, path)
  const field = String(path[path.length - 1] ?? '')
  if (!present) return issue('event-missing-field', path, { field })
  return match(zi)
    .with({ code: 'invalid_type' }, (i) => issue('event-invalid-type', path, { expected: i.expected, received: typeName(value) }))
    .with({ code: 'invalid_value' }, (i) => issue('event-invalid-option', path, { value: preview(value), options: i.values.map(String) }))
    .with({ code: 'invalid_union' }, (i) =>
      'options' in i && Array.isArray(i.options)
        ? issue('event-invalid-option', path, { value: preview(value), options: i.options.map(String) })
        : issue('event-invalid-moment', path, { value: preview(value) }),
    )
    .with({ code: 'invalid_format' }, () => issue('event-invalid-date', path, { value: preview(value) }))
    .with({ code: 'too_small', origin: 'string' }, () => issue('event-empty-text', path, {}))
    .with({ code: 'too_small' }, (i) => issue('event-too-small', path, { value: preview(value), min: Number(i.minimum) }))
    .with({ code: 'too_big' }, (i) => issue('event-too-big', path, { value: preview(value), max: Number(i.maximum) }))
    .otherwise(() => issue('event-invalid-value', path, { value: preview(value) }))
}

/**
 * Every problem zod found in event `input`, one issue per path; an unknown key gives one issue
 * per key.
 * @example
 * eventIssues(schema.safeParse(input).error.issues, input)
 * @since 0.1.0
 * @internal
 */
export const eventIssues = (found: readonly ZodIssue[], input: unknown): Issue[] => {
  const seen = new Set<string>()
  return found
    .flatMap((zi) => {
      const path: Path = zi.path.map((k) => (typeof k === 'number' ? k : String(k)))
      return zi.code === 'unrecognized_keys' ? zi.keys.map((key) => issue('event-unknown-field', [...path, key], { field: key })) : [one(zi, path, input)]
    })
    .filter((i) => {
      const key = JSON.stringify(i.path)
      const fresh = !seen.has(key)
      seen.add(key)
      return fresh
    })
}
