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
 * const i: OrganisationIssue = issue('dangling-manager', ['employees', 4, 'managerId'], { id: 'e99' })
 * @since 0.1.0
 */
export type OrganisationIssue = Issue<OrganisationIssueCode>

/**
 * Why an organisation input was refused: every structural and referential problem at once.
 * @example
 * const err: OrganisationError = { code: 'invalid-organisation', issues: [
 *   issue('dangling-manager', ['employees', 4, 'managerId'], { id: 'e99' })] }
 * @since 0.1.0
 */
export interface OrganisationError {
  readonly code: 'invalid-organisation'
  readonly issues: readonly OrganisationIssue[]
}
