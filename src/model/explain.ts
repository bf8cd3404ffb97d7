/**
 * Rendering an {@link OrganisationError} for people, in English or Dutch.
 * @module
 */
import type { Path } from '../errors/issue.js'
import type { Locale } from '../i18n/locale.js'
import { render, type MessageParams } from '../i18n/messages.js'
import type { OrganisationError, OrganisationIssue } from './error.js'

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * A JSON path as people read it: `employees[4].managerId`; keys that are not plain names are
 * quoted (`expertise["stakeholder-management"]`); the empty path is the whole document, `(root)`.
 * @example
 * formatPath(['employees', 4, 'managerId']) // 'employees[4].managerId'
 * @since 0.1.0
 */
export const formatPath = (path: Path): string => {
  if (path.length === 0) return '(root)'
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : IDENTIFIER.test(key) ? `${i === 0 ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`,
    )
    .join('')
}

/**
 * One issue as a line: its path and its message in `locale`.
 * @example
 * explainOrganisationIssue(issue('dangling-team', ['employees', 0, 'teamId'], { id: 'x' }), 'nl')
 * // 'employees[0].teamId: Team x bestaat niet.'
 * @since 0.1.0
 */
export const explainOrganisationIssue = (i: OrganisationIssue, locale: Locale): string =>
  `${formatPath(i.path)}: ${render(locale, i.code, i.params as MessageParams[typeof i.code])}`

/**
 * Every issue of an {@link OrganisationError}, one line each with its path, in `locale`, under a
 * heading that counts them.
 * @example
 * explainOrganisationError(error, 'nl')
 * // 'De organisatie is niet geldig (1 probleem):\n- employees[0].managerId: Leidinggevende e9 bestaat niet.'
 * @since 0.1.0
 */
export const explainOrganisationError = (error: OrganisationError, locale: Locale): string =>
  [render(locale, 'invalid-organisation', { count: error.issues.length }), ...error.issues.map((i) => `- ${explainOrganisationIssue(i, locale)}`)].join('\n')
