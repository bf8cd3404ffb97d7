/**
 * Turn zod's findings about a policy into the library's issues: one per problem, with its path,
 * its figures and a message from the catalogue.
 * @module
 * @internal
 */
import { match } from 'ts-pattern'
import { z } from 'zod'
import { issue, type Issue, type Path } from '../errors/issue.js'
import { preview } from './preview.js'

type ZodIssue = z.core.$ZodIssue

const unwrap = (node: z.core.$ZodType): z.core.$ZodType => {
  let n = node
  while (n instanceof z.ZodOptional || n instanceof z.ZodNonOptional) n = n.unwrap()
  return n
}

/** The keys the schema allows at `path`, for a helpful unknown-key message. */
const allowedAt = (schema: z.core.$ZodType, path: Path): readonly string[] => {
  let node = unwrap(schema)
  for (const key of path) {
    const next = node instanceof z.ZodObject ? (node.shape as Record<string, z.core.$ZodType>)[String(key)] : undefined
    if (next === undefined) return []
    node = unwrap(next)
  }
  if (node instanceof z.ZodObject) return Object.keys(node.shape)
  if (node instanceof z.ZodRecord && node.keyType instanceof z.ZodEnum) return node.keyType.options.map(String)
  return []
}

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

const bound = (params: Readonly<Record<string, unknown>> | undefined, key: 'min' | 'max'): number => {
  const v = params?.[key]
  return typeof v === 'number' ? v : Number.NaN
}

const one = (zi: ZodIssue, path: Path): Issue =>
  match(zi)
    .with({ code: 'invalid_type' }, (i) =>
      i.input === undefined && !('received' in i)
        ? issue('missing-field', path, { field: String(path[path.length - 1] ?? '') })
        : issue('invalid-type', path, {
            expected: i.expected,
            received: 'received' in i && typeof i.received === 'string' ? i.received : typeName(i.input),
          }),
    )
    .with({ code: 'invalid_value' }, (i) =>
      issue('invalid-option', path, { value: preview(i.input), options: i.values.map(String) }),
    )
    .with({ code: 'custom' }, (i) => {
      const figures = { value: typeof i.input === 'number' ? i.input : Number.NaN, min: bound(i.params, 'min'), max: bound(i.params, 'max') }
      return i.params?.['bound'] === 'level' ? issue('level-out-of-range', path, figures) : issue('policy-out-of-range', path, figures)
    })
    .with({ code: 'too_small', origin: 'string' }, () => issue('empty-string', path, {}))
    .otherwise((i) => issue('invalid-value', path, { detail: i.message }))

/** Keep the first issue of each path: zod may add a length check's issue to a type error. */
const firstPerPath = (issues: readonly Issue[]): Issue[] => {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = JSON.stringify(i.path)
    const fresh = !seen.has(key)
    seen.add(key)
    return fresh
  })
}

/**
 * Every problem zod found in a policy input, as issues, one per path; an unknown key gives one
 * issue per key, listing the keys allowed there.
 * @internal
 */
export const policyIssues = (schema: z.core.$ZodType, found: readonly ZodIssue[]): Issue[] =>
  firstPerPath(
    found.flatMap((zi) => {
      const path: Path = zi.path.map((k) => (typeof k === 'number' ? k : String(k)))
      if (zi.code !== 'unrecognized_keys') return [one(zi, path)]
      const allowed = allowedAt(schema, path)
      return zi.keys.map((key) => issue('unknown-key', [...path, key], { key, allowed }))
    }),
  )
