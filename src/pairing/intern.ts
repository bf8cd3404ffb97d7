/**
 * Turning strings into small integers once, so that kernels compare numbers.
 * @module
 */

/**
 * A function that gives each distinct string the next integer, starting at 0.
 * @example
 * const id = interner(); id('a') // 0
 * id('b') // 1
 * id('a') // 0
 * @since 0.1.0
 */
export const interner = (): ((s: string) => number) => {
  const seen = new Map<string, number>()
  return (s) => {
    const n = seen.get(s)
    if (n !== undefined) return n
    seen.set(s, seen.size)
    return seen.size - 1
  }
}
