/**
 * Defensive reading of input that has not been validated: own properties only, no getters of the
 * prototype chain, never a throw on `null`, arrays, strings or `__proto__` keys.
 * @module
 * @internal
 */
import type { Path } from '../errors/issue.js'

/** @internal Whether `v` is a non-null, non-array object. */
export const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** @internal The own property `key` of `v`, or `undefined`. */
export const own = (v: unknown, key: string | number): unknown =>
  (isObject(v) || Array.isArray(v)) && Object.hasOwn(v, key) ? (v as Record<string | number, unknown>)[key] : undefined

/** @internal The own property `key` of `v` when it is a non-empty string. */
export const ownString = (v: unknown, key: string): string | undefined => {
  const s = own(v, key)
  return typeof s === 'string' && s.length > 0 ? s : undefined
}

/** @internal The own property `key` of `v` when it is an array, else an empty list. */
export const ownArray = (v: unknown, key: string): readonly unknown[] | undefined => {
  const a = own(v, key)
  return Array.isArray(a) ? a : undefined
}

/** @internal The value at `path` inside `root`, through own properties only. */
export const valueAt = (root: unknown, path: Path): unknown => {
  let v = root
  for (const key of path) v = own(v, key)
  return v
}

/** @internal The JSON type name of `v`: `null`, `array`, `string`, `number`, `object`, ... */
export const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

const MAX_SHOWN = 60

/** @internal `s`, cut short with an ellipsis when it is long. */
export const clip = (s: string): string => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s)

/** @internal `v` as a short readable text for a message: strings quoted, objects by their type. */
export const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(clip(v))
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null) return String(v)
  return typeName(v)
}
