/**
 * A {@link PolicyError} in words, in English or Dutch.
 * @module
 */
import { formatPath } from '../errors/path.js'
import type { Locale } from '../i18n/locale.js'
import { render, type MessageParams } from '../i18n/messages.js'
import type { PolicyError } from './parse-policy.js'

/**
 * Every issue of a policy error, one line each with its path, under a heading that counts them.
 * @example
 * const parsed = parsePolicy({ level: 'formal', mentor: { tenure: { minYears: -1 } } })
 * if (parsed._tag === 'Left') explainPolicyError(parsed.left, 'nl')
 * // 'Het beleid is niet geldig (1 probleem):\n- mentor.tenure.minYears: Verwacht een geheel getal van 0 tot en met 100, ontvangen: -1.'
 * @since 0.1.0
 */
export const explainPolicyError = (error: PolicyError, locale: Locale): string =>
  [
    render(locale, 'invalid-policy', { count: error.issues.length }),
    ...error.issues.map(
      (i) => `- ${formatPath(i.path)}: ${render(locale, i.code, i.params as MessageParams[typeof i.code])}`,
    ),
  ].join('\n')
