/**
 * Deep merge of plain JSON-like data, for policy overrides.
 * @module
 * @internal
 */

const isPlainObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * `over` laid over `base`: objects merge key by key, at every depth, except at the `atomic`
 * paths (dotted, such as `mentor.competencies.minimum`), which `over` replaces as a whole; any
 * other value of `over` replaces the base's; an `undefined` value (or an absent key) keeps the
 * base's. Own keys only, defined (never assigned) so that no key reaches a prototype.
 * @internal
 */
export const deepMerge = (base: unknown, over: unknown, atomic: readonly string[] = [], at = ''): unknown => {
  if (over === undefined) return base
  if (!isPlainObject(base) || !isPlainObject(over) || atomic.includes(at)) return over
  const out: Record<string, unknown> = { ...base }
  for (const key of Object.keys(over)) {
    Object.defineProperty(out, key, {
      value: deepMerge(base[key], over[key], atomic, at === '' ? key : `${at}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}
