/**
 * Mentorship refusals and their failed requirements in words, in English or Dutch.
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render, type MessageCode, type MessageParams } from '../i18n/messages.js'
import { explainRefusal } from '../machine/explain.js'
import type { MentorshipFailed } from './failed.js'
import type { MentorshipRefusal } from './types.js'

/**
 * One failed requirement of a mentorship guard in words.
 * @example
 * explainMentorshipFailed({ code: 'plan-missing', level: 'formal' }, 'nl')
 * // 'Een formeel mentorschap vraagt een plan (ritme van afspraken, begin en einde).'
 * @since 0.1.0
 */
export const explainMentorshipFailed = (failed: MentorshipFailed, locale: Locale): string => {
  const { code, ...params } = failed
  return render(locale, code as MessageCode, params as unknown as MessageParams[MessageCode])
}

/**
 * A refusal of the mentorship machine in words, every failed requirement included.
 * @example
 * explainMentorshipRefusal({ code: 'actor-not-permitted', role: 'mentee', event: 'review-report' }, 'en')
 * // 'A mentee may not "review a report" here.'
 * @since 0.1.0
 */
export const explainMentorshipRefusal = (refusal: MentorshipRefusal, locale: Locale): string =>
  explainRefusal(refusal, locale, explainMentorshipFailed)
