/**
 * What a command leaves behind: text for standard output and standard error, and an exit code.
 * @module
 */
import type { Issue } from '../errors/issue.js'
import { formatPath } from '../errors/path.js'
import type { Locale } from '../i18n/locale.js'
import { render, type MessageCode, type MessageParams } from '../i18n/messages.js'
import { fitToWidth } from './wrap.js'

/** 0 success, 1 invalid input, 2 wrong usage. */
export type ExitCode = 0 | 1 | 2

/** The result of running a command. */
export interface Outcome {
  readonly exit: ExitCode
  readonly stdout: string
  readonly stderr: string
}

/** Success with `stdout`. */
export const success = (stdout: string): Outcome => ({ exit: 0, stdout, stderr: '' })

/** Success with text for a terminal: every line fitted into 80 columns. */
export const successText = (text: string): Outcome => success(`${fitToWidth(text)}\n`)

/** Invalid input: every issue with its path on stderr, nothing on stdout. */
export const invalidInput = (issues: readonly Issue<string>[], locale: Locale, file?: string): Outcome => {
  const lines = issues.map((i) => {
    const message = render(locale, i.code as MessageCode, i.params as MessageParams[MessageCode])
    return `  ${file === undefined ? '' : `${file}: `}${formatPath(i.path)}: ${message}`
  })
  return { exit: 1, stdout: '', stderr: `${render(locale, 'invalid-input', { count: issues.length })}\n${lines.join('\n')}\n` }
}

/** A single problem with an input file (unreadable, not JSON). */
export const inputFailure = <C extends 'file-unreadable' | 'file-not-json'>(
  code: C,
  params: MessageParams[C],
  locale: Locale,
): Outcome => ({ exit: 1, stdout: '', stderr: `${render(locale, code, params)}\n` })
