/**
 * Branded identifiers. Only the parsers mint them; the public functions accept the plain strings
 * of the JSON, look them up once and pass branded ids inward.
 * @module
 */

/**
 * The id of an employee, as minted by {@link parseOrganisation}.
 * @example
 * const id: EmployeeId = org.employees[0]!.id
 * @since 0.1.0
 */
export type EmployeeId = string & { readonly __brand: 'EmployeeId' }

/**
 * The id of a team, as minted by {@link parseOrganisation}.
 * @example
 * const team: TeamId = org.teams[0]!.id
 * @since 0.1.0
 */
export type TeamId = string & { readonly __brand: 'TeamId' }

/** @internal Mint an employee id; only parsers and lookups call this. */
export const employeeId = (s: string): EmployeeId => s as EmployeeId

/** @internal Mint a team id; only parsers and lookups call this. */
export const teamId = (s: string): TeamId => s as TeamId
