/**
 * The error of {@link parseOrganisation}.
 * @module
 */
import type { Issue } from '../errors/issue.js'
import type { OrganisationParams } from '../i18n/sections/organisation.js'

/**
 * The code of a problem with an organisation input.
 * @example
 * const c: OrganisationIssueCode = 'management-cycle'
 * @since 0.1.0
 */
export type OrganisationIssueCode = keyof OrganisationParams

/**
 * One problem with an organisation input.
 * @example
 * const i: OrganisationIssue = { code: 'dangling-manager', path: ['employees', 4, 'managerId'],
 *   params: { id: 'e99' }, message: 'Manager e99 does not exist (no employee has this id).' }
 * @since 0.1.0
 */
export type OrganisationIssue = Issue<OrganisationIssueCode>

/**
 * Why an organisation input was refused: every structural and referential problem at once.
 * @example
 * const err: OrganisationError = { code: 'invalid-organisation', issues: [{ code: 'dangling-manager',
 *   path: ['employees', 4, 'managerId'], params: { id: 'e99' }, message: 'Manager e99 does not exist (no employee has this id).' }] }
 * @since 0.1.0
 */
export interface OrganisationError {
  readonly code: 'invalid-organisation'
  readonly issues: readonly OrganisationIssue[]
}
