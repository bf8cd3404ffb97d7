/**
 * The result of a readiness assessment and its errors (CONTRACT §3).
 * @module
 */
import type { Issue } from '../errors/issue.js'
import type { EmployeeId } from '../model/ids.js'
import type { UnknownEmployee } from '../model/lookup.js'
import type { Gap } from './gap.js'

/**
 * Whether someone may take a mentor role under a policy: `ready` exactly when `gaps` is empty.
 * `gaps` come from `required` rules and block; `advice` from `advised` rules and never blocks.
 * @example
 * const r: Readiness = { employeeId: e1, status: 'not-ready',
 *   gaps: [{ code: 'training-missing', required: 'coaching-techniques' }], advice: [] }
 * @since 0.1.0
 */
export interface Readiness {
  readonly employeeId: EmployeeId
  readonly status: 'ready' | 'not-ready'
  readonly gaps: readonly Gap[]
  readonly advice: readonly Gap[]
}

/**
 * The assessment date or the current load is not valid: every problem, with its path
 * (`['asOf']`, `['options', 'currentLoad']`).
 * @example
 * const e: InvalidReadinessInput = { code: 'invalid-readiness-input', issues: [{ code: 'invalid-as-of',
 *   path: ['asOf'], params: { value: '2026-02-30' },
 *   message: 'The reference date 2026-02-30 is not a real calendar date in the form YYYY-MM-DD.' }] }
 * @since 0.1.0
 */
export interface InvalidReadinessInput {
  readonly code: 'invalid-readiness-input'
  readonly issues: readonly Issue[]
}

/**
 * Why a readiness question could not be answered.
 * @example
 * const e: ReadinessError = { code: 'unknown-employee', id: 'e99', message: 'No employee with id e99 in the organisation.' }
 * @since 0.1.0
 */
export type ReadinessError = UnknownEmployee | InvalidReadinessInput
