/**
 * The score formula of CONTRACT section 4, in one place so that `scorePair` and the score matrix
 * compute bit-identical scores.
 * @module
 */
import type { Mode } from '../programme/programme.js'

/**
 * `W`: the sum of the weights of the `prefer` and `avoid` rows, in order.
 * @example
 * totalWeight([{ mode: 'require', weight: 5 }, { mode: 'prefer', weight: 2 }]) // 2
 * @since 0.1.0
 */
export const totalWeight = (rows: readonly { readonly mode: Mode; readonly weight: number }[]): number => {
  let w = 0
  for (const r of rows) if (r.mode !== 'require') w += r.weight
  return w
}

/**
 * The contribution of one row: `weight * raw / W` for `prefer`, `weight * (1 - raw) / W` for
 * `avoid`, 0 for `require` and whenever `W` is 0.
 * @example
 * contribution('avoid', 2, 0.25, 4) // 0.375
 * @since 0.1.0
 */
export const contribution = (mode: Mode, weight: number, raw: number, total: number): number =>
  total === 0 || mode === 'require' ? 0 : mode === 'prefer' ? (weight * raw) / total : (weight * (1 - raw)) / total

/**
 * The score: the sum of the contributions in row order, or 1 when `W` is 0. Rounding can carry
 * a sum of fractions of `W` a hair above 1; the score is capped at 1.
 * @example
 * scoreOf([0.5, 0.25], 4) // 0.75
 * scoreOf([], 0) // 1
 * @since 0.1.0
 */
export const scoreOf = (contributions: readonly number[], total: number): number => {
  if (total === 0) return 1
  let s = 0
  for (const c of contributions) s += c
  return s > 1 ? 1 : s
}

/**
 * Whether a `raw` value meets a `require` row: only a fully met criterion (raw 1) does.
 * @example
 * meetsRequirement(0.99) // false
 * @since 0.1.0
 */
export const meetsRequirement = (raw: number): boolean => raw >= 1
