/**
 * `explainMatching`: a matching as text a manager can read, in English or Dutch.
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import { criterionLabel, decimal, rowLine, topRows } from './explain-row.js'
import type { Matching, MatchedPair, UnmatchedMentee, UnmatchedReason } from './matching.js'

/** Exclusions that are not criteria, and have their own words in the catalogue. */
const OWN_WORDS: ReadonlySet<string> = new Set(['forbidden', 'already-paired'])

/**
 * Options of {@link explainMatching}.
 * @example
 * const names = new Map(org.employees.map((e) => [e.id as string, e.name]))
 * const o: ExplainMatchingOptions = { nameOf: (id) => names.get(id) ?? id, topReasons: 2 }
 * explainMatching(matching, 'en', o)
 * // 'Optimal matching: 1 of 1 mentee matched (100%), total score 0.67.\n1 pair:\n- Anouk de Vries mentors Lotte Smit: score 0.67.\n...'
 * @since 0.1.0
 */
export interface ExplainMatchingOptions {
  /** How to name a person (default: their id). */
  readonly nameOf?: (id: string) => string
  /** How many reasons to show per pair, largest contribution first (default 3). */
  readonly topReasons?: number
}

type Name = (id: string) => string

const pairLines = (locale: Locale, pair: MatchedPair, name: Name, top: number): readonly string[] => {
  const head = render(locale, 'matching-pair', {
    mentor: name(pair.mentorId),
    mentee: name(pair.menteeId),
    score: decimal(locale, pair.score, 2),
    locked: pair.locked,
  })
  const rows = topRows(pair.breakdown, top)
  return [head, ...(rows.length === 0 ? [render(locale, 'matching-no-reasons', {})] : rows.map((r) => rowLine(locale, r)))]
}

const reasonLine = (locale: Locale, r: UnmatchedReason, name: Name, optimal: boolean): string => {
  switch (r.code) {
    case 'no-eligible-mentor':
      return render(locale, 'unmatched-no-eligible-mentor', {
        pool: r.pool,
        excludedBy: r.excludedBy.map((x) =>
          render(locale, 'unmatched-excluded-by', { criterion: OWN_WORDS.has(x.criterion) ? x.criterion : criterionLabel(locale, x.criterion), mentors: x.mentors }),
        ),
      })
    case 'mentors-at-capacity':
      return render(locale, 'unmatched-mentors-at-capacity', { mentors: r.mentorIds.map(name) })
    case 'places-taken':
      return render(locale, 'unmatched-places-taken', {
        optimal,
        mentors: r.mentors.map((t) => render(locale, 'unmatched-taken-by', { mentor: name(t.mentorId), mentees: t.menteeIds.map(name) })),
      })
  }
}

const unmatchedLines = (locale: Locale, u: UnmatchedMentee, name: Name, optimal: boolean): readonly string[] => [
  render(locale, 'matching-unmatched-mentee', { mentee: name(u.menteeId) }),
  ...u.reasons.map((r) => reasonLine(locale, r, name, optimal)),
]

/**
 * The mentees without a mentor and why, as text (empty when everyone is matched): for each, no
 * eligible mentor (with the criteria that rule the mentors out), eligible mentors already full,
 * or places that went to others (and to whom).
 * @example
 * explainUnmatched(matching, 'en') // '': everyone has a mentor
 * // otherwise, for example: '1 mentee without a mentor:\n- e9:\n    eligible with e1, but that mentor is already full.'
 * @since 0.1.0
 */
export const explainUnmatched = (matching: Matching, locale: Locale, options: ExplainMatchingOptions = {}): string => {
  if (matching.unmatched.length === 0) return ''
  const name = options.nameOf ?? ((id: string) => id)
  const optimal = matching.strategy === 'optimal'
  return [
    render(locale, 'matching-unmatched', { count: matching.unmatched.length }),
    ...matching.unmatched.flatMap((u) => unmatchedLines(locale, u, name, optimal)),
  ].join('\n')
}

const priceLine = (locale: Locale, matching: Matching): readonly string[] => {
  const c = matching.comparedToOptimal
  if (c === undefined || matching.strategy === 'optimal') return []
  const mentees = matching.pairs.length + matching.unmatched.length
  return [
    render(locale, 'matching-price', {
      strategy: matching.strategy,
      mentees: Math.round(c.coverageLost * mentees),
      points: decimal(locale, c.coverageLost * 100, 1),
      score: decimal(locale, Math.abs(c.scoreLost), 2),
      lower: c.scoreLost >= 0,
    }),
  ]
}

/**
 * A matching as text: the strategy, how many mentees are matched and the total score; each pair
 * with its score and its strongest reasons (the breakdown rows that add most); each mentee without
 * a mentor with the reasons; and for `stable` and `greedy` what they give up against the optimal
 * matching. People are named by id unless `options.nameOf` names them.
 * @example
 * explainMatching(matching, 'nl')
 * // 'Optimale koppeling: 1 van 1 mentee gekoppeld (100%), totale score 0,67.\n1 koppel:\n- e1 begeleidt e5: score 0,67.\n'
 * // + '    deskundig in de ontwikkelgebieden +0,333: dekt 1 van 1 ontwikkelgebieden met minstens 1 niveau voorsprong: ...'
 * @since 0.1.0
 */
export const explainMatching = (matching: Matching, locale: Locale, options: ExplainMatchingOptions = {}): string => {
  const name = options.nameOf ?? ((id: string) => id)
  const top = options.topReasons ?? 3
  const mentees = matching.pairs.length + matching.unmatched.length
  const head = render(locale, 'matching-head', {
    strategy: matching.strategy,
    matched: matching.pairs.length,
    mentees,
    coverage: `${decimal(locale, matching.coverage * 100, Number.isInteger(matching.coverage * 100) ? 0 : 1)}%`,
    total: decimal(locale, matching.totalScore, 2),
  })
  const unmatched = explainUnmatched(matching, locale, options)
  return [
    head,
    render(locale, 'matching-pairs', { count: matching.pairs.length }),
    ...matching.pairs.flatMap((p) => pairLines(locale, p, name, top)),
    ...(unmatched === '' ? [] : [unmatched]),
    ...priceLine(locale, matching),
  ].join('\n')
}
