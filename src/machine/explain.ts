/**
 * Refusals in words, in English or Dutch.
 * @module
 */
import { match } from 'ts-pattern'
import type { Locale } from '../i18n/locale.js'
import { CATALOGUES, render, type MessageCode } from '../i18n/messages.js'
import { explainGap } from '../readiness/explain.js'
import { GAP_CODES, type Gap } from '../readiness/gap.js'
import type { Refusal } from './refusal.js'

const codeIn = (f: unknown, codes: readonly string[]): boolean =>
  typeof f === 'object' && f !== null && 'code' in f && (codes as readonly unknown[]).includes(f.code)
const isCatalogued = (f: unknown): f is { readonly code: MessageCode } & Readonly<Record<string, unknown>> =>
  typeof f === 'object' && f !== null && 'code' in f && typeof f.code === 'string' && Object.hasOwn(CATALOGUES.en, f.code)
const isGap = (f: unknown): f is Gap => codeIn(f, GAP_CODES)
const isUnknownEmployee = (f: unknown): f is { readonly code: 'unknown-employee'; readonly id: string } =>
  codeIn(f, ['unknown-employee']) && typeof f === 'object' && f !== null && 'id' in f && typeof f.id === 'string'

/**
 * The default rendering of a failed requirement: every requirement code the catalogues know, in
 * words (readiness gaps with their figures, unknown employees, the machines' own codes), anything else by its `code` (or
 * itself when a string or number, else `?`). Machines with other requirements, or that know the
 * policy, pass their own renderer to {@link explainRefusal}.
 * @example
 * explainFailed({ code: 'mentor-has-mentees', count: 2 }, 'en') // 'Still mentoring 2 mentees: release them first.'
 * @since 0.1.0
 */
export const explainFailed = (failed: unknown, locale: Locale): string => {
  if (isGap(failed)) return explainGap(failed, locale)
  if (isUnknownEmployee(failed)) return render(locale, 'unknown-employee', { id: failed.id })
  if (isCatalogued(failed)) {
    const { code, ...params } = failed
    return (CATALOGUES[locale][code] as (p: unknown) => string)(params)
  }
  const code = typeof failed === 'object' && failed !== null && 'code' in failed ? failed.code : failed
  return typeof code === 'string' || typeof code === 'number' ? `${code}.` : '?'
}

/**
 * A refusal in words. `explain` renders each failed requirement of a `guard-failed` refusal
 * (default {@link explainFailed}).
 * @example
 * explainRefusal({ code: 'actor-not-permitted', role: 'mentee', event: 'approve' }, 'nl')
 * // 'Een mentee mag hier niet "goedkeuren".'
 * @since 0.1.0
 */
export const explainRefusal = <F>(
  refusal: Refusal<string, string, F>,
  locale: Locale,
  explain: (failed: F, locale: Locale) => string = explainFailed,
): string =>
  match(refusal)
    .with({ code: 'not-allowed-in-state' }, (r) => render(locale, r.code, { status: r.status, event: r.event }))
    .with({ code: 'actor-not-permitted' }, (r) => render(locale, r.code, { role: r.role, event: r.event }))
    .with({ code: 'guard-failed' }, (r) => render(locale, r.code, { event: r.event, failed: r.failed.map((f) => explain(f, locale)) }))
    .with({ code: 'version-conflict' }, (r) => render(locale, r.code, { expected: r.expected, actual: r.actual }))
    .with({ code: 'out-of-order' }, (r) => render(locale, r.code, { at: r.at, last: r.last }))
    .exhaustive()
