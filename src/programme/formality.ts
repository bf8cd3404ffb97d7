/**
 * Formality levels, from spontaneous coaching a manager notices to a formal programme (S13, S14).
 * @module
 */

/**
 * The four levels, least formal first.
 * @example
 * FORMALITY_LEVELS.indexOf('formal') // 3
 * @since 0.1.0
 */
export const FORMALITY_LEVELS = ['spontaneous', 'encouraged', 'structured', 'formal'] as const

/**
 * One of {@link FORMALITY_LEVELS}.
 * @example
 * const level: FormalityLevel = 'structured'
 * @since 0.1.0
 */
export type FormalityLevel = (typeof FORMALITY_LEVELS)[number]

/**
 * Compare two levels: negative when `a` is less formal than `b`, 0 when equal.
 * @example
 * compareFormality('encouraged', 'formal') < 0 // true
 * @since 0.1.0
 */
export const compareFormality = (a: FormalityLevel, b: FormalityLevel): number =>
  FORMALITY_LEVELS.indexOf(a) - FORMALITY_LEVELS.indexOf(b)
