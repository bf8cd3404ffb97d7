/**
 * Lists of issues as text in a locale: one line per issue, its JSON path first.
 * @module
 */
import { formatPath } from '../errors/path.js'
import type { Locale } from '../i18n/locale.js'
import { CATALOGUES, render, type MessageCode, type MessageParams } from '../i18n/messages.js'

/** An issue-shaped value: code, path, params and its English message. */
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
 * explainIssue(issue, 'nl') // 'employees[4].managerId: Leidinggevende e99 bestaat niet.'
 * @since 0.1.0
 */
export const explainIssue = (i: IssueLike, locale: Locale): string => {
  const text = known(i.code) ? render(locale, i.code, i.params as MessageParams[MessageCode]) : i.message
  return `${formatPath(i.path)}: ${text}`
}

/**
 * Every issue of a list in `locale`, one a line.
 * @example
 * explainIssues(error.issues, 'en')
 * @since 0.1.0
 */
export const explainIssues = (issues: readonly IssueLike[], locale: Locale): string =>
  issues.map((i) => explainIssue(i, locale)).join('\n')
