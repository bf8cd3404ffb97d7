/**
 * Problems with input, as readonly data keyed by `code`. Every fallible function of the library
 * reports all of its problems at once as a list of these.
 * @module
 */
import { render, type MessageCode, type MessageParams } from '../i18n/messages.js'

/**
 * A key or index into the input: the JSON path of a problem.
 * @example
 * const p: Path = ['employees', 4, 'managerId']
 * @since 0.1.0
 */
export type Path = readonly (string | number)[]

/**
 * One problem with the input: a kebab-case `code`, the `path` into the input, the figures of the
 * problem in `params`, and its English `message` (`explain(issue, 'nl')` renders it in Dutch).
 * @example
 * const i: Issue = { code: 'dangling-manager', path: ['employees', 4, 'managerId'],
 *   params: { id: 'e99' }, message: 'Manager e99 does not exist.' }
 * @since 0.1.0
 */
export interface Issue<C extends string = MessageCode> {
  readonly code: C
  readonly path: Path
  readonly params: Readonly<Record<string, unknown>>
  readonly message: string
}

/**
 * Make an issue whose English message comes from the catalogue.
 * @example
 * issue('duplicate-employee-id', ['employees', 3, 'id'], { id: 'e1', first: 0 })
 * @since 0.1.0
 */
export const issue = <C extends MessageCode>(code: C, path: Path, params: MessageParams[C]): Issue<C> => ({
  code,
  path,
  params,
  message: render('en', code, params),
})
