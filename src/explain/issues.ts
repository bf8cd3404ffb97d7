/**
 * Lists of issues as text in a locale: one line per issue, its JSON path first.
 * @module
 */
import { formatPath } from '../errors/path.js'
import type { Locale } from '../i18n/locale.js'
import { CATALOGUES, render, type MessageCode, type MessageParams } from '../i18n/messages.js'

/**
 * An issue-shaped value: code, path, params and its English message. Every {@link Issue} is one,
 * and so is an issue of a host's own (a custom criterion's), whose code the catalogue does not know.
 * @example
 * const i: IssueLike = { code: 'floor-unknown', path: ['mentees', 0], params: {}, message: 'Floor unknown.' }
 * @since 0.1.0
 */
export interface IssueLike {
  readonly code: string
  readonly path: readonly (string | number)[]
  readonly params: unknown
  readonly message: string
}

const known = (code: string): code is MessageCode => Object.hasOwn(CATALOGUES.en, code)

/**
 * One issue in `locale`: its path and its message from the catalogue (the issue's own English
 * message when the catalogue does not know its code, e.g. a host's custom criterion).
 * @example
 * explainIssue({ code: 'dangling-manager', path: ['employees', 4, 'managerId'], params: { id: 'e99' },
 *   message: 'Manager e99 does not exist (no employee has this id).' }, 'nl')
 * // 'employees[4].managerId: Leidinggevende e99 bestaat niet (geen medewerker heeft dit id).'
 * @since 0.1.0
 */
export const explainIssue = (i: IssueLike, locale: Locale): string => {
  const text = known(i.code) ? render(locale, i.code, i.params as MessageParams[MessageCode]) : i.message
  return `${formatPath(i.path)}: ${text}`
}

/**
 * Every issue of a list in `locale`, one a line.
 * @example
 * const parsed = parsePolicy({ level: 'formal', mentor: { tenure: { minYears: -1 } } })
 * if (parsed._tag === 'Left') explainIssues(parsed.left.issues, 'en')
 * // 'mentor.tenure.minYears: Expected a whole number from 0 to 100, received -1.'
 * @since 0.1.0
 */
export const explainIssues = (issues: readonly IssueLike[], locale: Locale): string =>
  issues.map((i) => explainIssue(i, locale)).join('\n')
