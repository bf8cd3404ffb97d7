/**
 * A short, safe rendering of an arbitrary input value for messages.
 * @module
 */

const MAX = 40

/**
 * Render `value` for a message: strings quoted and cut at 40 characters, numbers, booleans,
 * `null` and `undefined` as themselves, anything else by its type in brackets (`[object]`). Never throws.
 * @internal
 */
export const preview = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX ? `${value.slice(0, MAX)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value)
  }
  return Array.isArray(value) ? '[array]' : `[${typeof value}]`
}
