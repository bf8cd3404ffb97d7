/**
 * Reading levels out of the open records of an employee safely.
 * @module
 */
import type { Level } from '../model/organisation.js'

/**
 * The employee's level in expertise `area`: 0 when absent (also for keys like `constructor` that
 * an object inherits).
 * @example
 * expertiseLevel({ typescript: 4 }, 'typescript') // 4
 * expertiseLevel({ typescript: 4 }, 'go') // 0
 * @since 0.1.0
 */
export const expertiseLevel = (expertise: Readonly<Record<string, Level>>, area: string): Level =>
  Object.hasOwn(expertise, area) ? (expertise[area] ?? 0) : 0
