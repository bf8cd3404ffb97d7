/**
 * Rendering an {@link OrganisationError} for people, in English or Dutch.
 * @module
 */
import { formatPath } from '../errors/path.js'
import type { Locale } from '../i18n/locale.js'
import { render, type MessageParams } from '../i18n/messages.js'
import type { OrganisationError, OrganisationIssue } from './error.js'

/**
 * One issue as a line: its path and its message in `locale`.
 * @example
 * explainOrganisationIssue({ code: 'dangling-team', path: ['employees', 0, 'teamId'], params: { id: 'x' },
 *   message: 'Team x does not exist.' }, 'nl')
 * // 'employees[0].teamId: Team x bestaat niet.'
 * @since 0.1.0
 */
export const explainOrganisationIssue = (i: OrganisationIssue, locale: Locale): string =>
  `${formatPath(i.path)}: ${render(locale, i.code, i.params as MessageParams[typeof i.code])}`

/**
 * Every issue of an {@link OrganisationError}, one line each with its path, in `locale`, under a
 * heading that counts them.
 * @example
 * const parsed = parseOrganisation({ schemaVersion: 1, teams: [{ id: 't', name: 'T' }],
 *   employees: [{ id: 'e1', name: 'Anouk', teamId: 't', startDate: '2019-03-01', managerId: 'e9' }] })
 * if (parsed._tag === 'Left') explainOrganisationError(parsed.left, 'nl')
 * // 'De organisatie is niet geldig (1 probleem):\n- employees[0].managerId: Leidinggevende e9 bestaat niet (geen medewerker heeft dit id).'
 * @since 0.1.0
 */
export const explainOrganisationError = (error: OrganisationError, locale: Locale): string =>
  [render(locale, 'invalid-organisation', { count: error.issues.length }), ...error.issues.map((i) => `- ${explainOrganisationIssue(i, locale)}`)].join('\n')
