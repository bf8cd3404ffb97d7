/**
 * One breakdown row as a short reason: the criterion's label, its contribution and its reason in
 * words, with the renderings of the pairing messages.
 * @module
 * @internal
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import { CRITERION_LABELS } from '../i18n/sections/pairing.js'
import type { BreakdownRow } from '../pairing/pair-score.js'
import { isBuiltInCriterion } from '../pairing/registry.js'
import type { Gap } from '../readiness/gap.js'

/**
 * A number with `digits` decimals, with a decimal comma in Dutch.
 * @example
 * decimal('nl', 0.8333, 2) // '0,83'
 * @internal
 */
export const decimal = (locale: Locale, n: number, digits: number): string => {
  const s = n.toFixed(digits)
  return locale === 'nl' ? s.replace('.', ',') : s
}

/**
 * The label of a criterion in `locale` (a host's criterion keeps its name).
 * @example
 * criterionLabel('nl', 'same-team') // 'zelfde team'
 * @internal
 */
export const criterionLabel = (locale: Locale, criterion: string): string =>
  isBuiltInCriterion(criterion) ? CRITERION_LABELS[locale][criterion] : criterion

const custom = (reason: Readonly<Record<string, unknown>>): string =>
  Object.entries(reason)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ')

const reasonText = (locale: Locale, row: BreakdownRow): string => {
  const name = row.criterion
  if (!isBuiltInCriterion(name)) return render(locale, 'reason-custom', { detail: custom(row.reason) })
  if (name === 'mentor-ready') {
    const { status, gaps } = row.reason as { readonly status: 'ready' | 'not-ready'; readonly gaps: readonly Gap[] }
    const texts = gaps.map((g) => render(locale, g.code, { ...g, requirement: null, level: null } as never))
    return render(locale, 'reason-mentor-ready', { status, gaps: texts })
  }
  // A built-in criterion's row carries that criterion's reason type (see its `evaluate`).
  return render(locale, `reason-${name}`, row.reason as never)
}

/**
 * The rows that add most to a pair's score, at most `top`, largest first (ties by criterion name).
 * @example
 * topRows(pair.breakdown, 2).map((r) => r.criterion) // ['expertise-coverage', 'topic-strength']
 * @internal
 */
export const topRows = (breakdown: readonly BreakdownRow[], top: number): readonly BreakdownRow[] =>
  breakdown
    .filter((r) => r.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0))
    .slice(0, top)

/**
 * One line per top row: label, `+contribution`, reason.
 * @example
 * rowLine('en', row) // '    same team +0.167: both in team schade.'
 * @internal
 */
export const rowLine = (locale: Locale, row: BreakdownRow): string =>
  render(locale, 'matching-top-reason', {
    criterion: criterionLabel(locale, row.criterion),
    contribution: `+${decimal(locale, row.contribution, 3)}`,
    reason: reasonText(locale, row).replace(/\.$/, ''),
  })
