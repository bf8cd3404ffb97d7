/**
 * A matching as text: a summary line, a table of pairs with their strongest criteria, and the
 * explanation of everyone left without a mentor.
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import { CRITERION_LABELS } from '../i18n/sections/pairing.js'
import { explainUnmatched } from '../matching/explain.js'
import type { Matching, MatchedPair } from '../matching/matching.js'
import { employeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import { isBuiltInCriterion } from '../pairing/registry.js'
import { renderTable } from './table.js'

const decimal = (n: number, digits: number, locale: Locale): string =>
  locale === 'nl' ? n.toFixed(digits).replace('.', ',') : n.toFixed(digits)

/** The criteria that added most to a pair's score, strongest first (at most two). */
const strongest = (pair: MatchedPair, locale: Locale): string =>
  [...pair.breakdown]
    .filter((r) => r.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.criterion.localeCompare(b.criterion))
    .slice(0, 2)
    .map((r) => (isBuiltInCriterion(r.criterion) ? CRITERION_LABELS[locale][r.criterion] : r.criterion))
    .join(', ')

/**
 * Render `matching` in `locale`, naming people from `org`: the summary, the pairs as a table, the
 * mentees without a mentor and why, and the price against the optimal matching.
 * @example
 * renderMatching(matching, org, 'nl')
 */
export const renderMatching = (matching: Matching, org: Organisation, locale: Locale): string => {
  const name = (id: string): string => org.index.employeeById.get(employeeId(id))?.name ?? id
  const mentees = matching.pairs.length + matching.unmatched.length
  const summary = render(locale, 'match-summary', {
    strategy: matching.strategy,
    matched: matching.pairs.length,
    mentees,
    coverage: Math.round(matching.coverage * 100),
    total: decimal(matching.totalScore, 2, locale),
  })
  const rows = matching.pairs.map((p) => [
    name(p.menteeId),
    name(p.mentorId),
    decimal(p.score, 2, locale),
    p.locked ? `${render(locale, 'match-locked', {})}; ${strongest(p, locale)}` : strongest(p, locale) || '-',
  ])
  const table = renderTable({ header: render(locale, 'match-columns', {}).split('|'), rows })
  const price = matching.comparedToOptimal
  const priceLine =
    price === undefined
      ? ''
      : render(locale, 'match-price', {
          strategy: matching.strategy,
          pairs: matching.pairs.length,
          total: decimal(matching.totalScore, 2, locale),
          coverageLost: decimal(price.coverageLost * 100, 1, locale),
          scoreLost: decimal(price.scoreLost, 2, locale),
        })
  const unmatched = explainUnmatched(matching, locale, { nameOf: name })
  return [summary, table, unmatched, priceLine].filter((s) => s !== '').join('\n\n')
}
