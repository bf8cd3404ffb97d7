/**
 * Who makes a change of state. Every transition of every machine names its actor, and a machine
 * refuses a change that actor may not make (DOMAIN "Actors").
 * @module
 */

/**
 * The roles, in the order tables and diagrams list them. `system` acts only for what time alone
 * causes (a proposal that expires).
 * @example
 * ROLES.includes('hr') // true
 * @since 0.1.0
 */
export const ROLES = ['manager', 'mentor', 'mentee', 'hr', 'system'] as const

/**
 * One of {@link ROLES}.
 * @example
 * const r: Role = 'manager'
 * @since 0.1.0
 */
export type Role = (typeof ROLES)[number]

/**
 * A person acting in a role: the plain employee id of the JSON (CONTRACT §8).
 * @example
 * const a: PersonActor = { role: 'mentor', employeeId: 'e1' }
 * @since 0.1.0
 */
export interface PersonActor {
  readonly role: Exclude<Role, 'system'>
  readonly employeeId: string
}

/**
 * The actor of a change: a person in a role, or the system for what time alone causes.
 * @example
 * const byManager: Actor = { role: 'manager', employeeId: 'e0' }
 * const byTime: Actor = { role: 'system' }
 * @since 0.1.0
 */
export type Actor = PersonActor | { readonly role: 'system' }
