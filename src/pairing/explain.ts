/**
 * `explainPairScore`: a pair score as text a manager can read, in English or Dutch.
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import { CRITERION_LABELS } from '../i18n/sections/pairing.js'
import type { Gap } from '../readiness/gap.js'
import type { Hint } from './hint.js'
import type { BreakdownRow, PairScore, Violation } from './pair-score.js'
import { isBuiltInCriterion, type CriterionName } from './registry.js'

const num = (locale: Locale, n: number, digits: number): string => {
  const s = n.toFixed(digits)
  return locale === 'nl' ? s.replace('.', ',') : s
}

const label = (locale: Locale, criterion: string): string =>
  isBuiltInCriterion(criterion) ? CRITERION_LABELS[locale][criterion] : criterion

const gapText = (locale: Locale, gap: Gap): string => render(locale, gap.code, { ...gap, requirement: null, level: null })

/** The reason of a host's criterion: its figures as `key: value`. */
const customReason = (reason: Readonly<Record<string, unknown>>): string =>
  Object.entries(reason)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ')

const builtInReason = (locale: Locale, name: CriterionName, reason: Readonly<Record<string, unknown>>): string => {
  // A built-in criterion's rows carry that criterion's reason type (see its `evaluate`).
  const r = reason as never
  switch (name) {
    case 'mentor-ready': {
      const { status, gaps } = reason as { readonly status: 'ready' | 'not-ready'; readonly gaps: readonly Gap[] }
      return render(locale, 'reason-mentor-ready', { status, gaps: gaps.map((g) => gapText(locale, g)) })
    }
    default:
      return render(locale, `reason-${name}`, r)
  }
}

const reasonText = (locale: Locale, row: BreakdownRow): string =>
  isBuiltInCriterion(row.criterion)
    ? builtInReason(locale, row.criterion, row.reason)
    : render(locale, 'reason-custom', { detail: customReason(row.reason) })

const rowText = (locale: Locale, row: BreakdownRow): string => {
  const criterion = label(locale, row.criterion)
  const reason = reasonText(locale, row).replace(/\.$/, '')
  return row.mode === 'require'
    ? render(locale, 'row-required', { criterion, met: row.raw >= 1, reason })
    : render(locale, 'row-weighted', {
        criterion,
        mode: row.mode,
        weight: num(locale, row.weight, Number.isInteger(row.weight) ? 0 : 2),
        raw: num(locale, row.raw, 2),
        contribution: num(locale, row.contribution, 3),
        reason,
      })
}

const violationText = (locale: Locale, v: Violation): string => {
  switch (v.code) {
    case 'forbidden':
      return render(locale, 'violation-forbidden', v)
    case 'already-paired':
      return render(locale, 'violation-already-paired', v)
    case 'not-in-mentor-pool':
      return render(locale, 'violation-not-in-mentor-pool', v)
    case 'requirement-unmet':
      return render(locale, 'violation-requirement-unmet', { criterion: label(locale, v.criterion), fixable: v.fixable })
  }
}

const hintText = (locale: Locale, h: Hint): string => {
  switch (h.code) {
    case 'set-params':
      return render(locale, 'hint-set-params', {
        criterion: label(locale, h.criterion),
        params: Object.entries(h.params).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', '),
      })
    case 'relax-criterion':
      return render(locale, 'hint-relax-criterion', { criterion: label(locale, h.criterion) })
    default:
      return render(locale, `hint-${h.code}`, h as never)
  }
}

/**
 * A pair score as text: whether the pair is eligible and its score, one line per criterion with
 * its reason, and for an ineligible pair why not and what would make it possible. `nameOf` names
 * the mentor and mentee in the heading (default: their ids).
 * @example
 * const score = scorePair(org, programme, 'e1', 'e5', '2026-11-01')
 * if (score._tag === 'Right') explainPairScore(score.right, 'nl')
 * // 'Mentor e1 voor mentee e5: mogelijk koppel, score 0,67.\nCriteria:\n'
 * // + '- niet in de eigen rapportagelijn (eis, voldaan): geen van beiden is leidinggevende van de ander.\n...'
 * @since 0.1.0
 */
export const explainPairScore = (
  score: PairScore,
  locale: Locale,
  options: { readonly nameOf?: (id: string) => string } = {},
): string => {
  const name = options.nameOf ?? ((id: string) => id)
  const ids = { mentorId: name(score.mentorId), menteeId: name(score.menteeId) }
  const head = score.eligible
    ? render(locale, 'pair-eligible', { ...ids, score: num(locale, score.score, 2) })
    : render(locale, 'pair-ineligible', ids)
  const rows = [render(locale, 'pair-criteria', {}), ...score.breakdown.map((r) => rowText(locale, r))]
  if (score.eligible) return [head, ...rows].join('\n')
  const why = [render(locale, 'pair-violations', {}), ...score.violations.map((v) => violationText(locale, v))]
  const fixable = score.violations.every((v) => (v.code === 'requirement-unmet' ? v.fixable : v.code !== 'already-paired'))
  const hints = fixable
    ? [render(locale, 'pair-hints', {}), ...score.hints.map((h) => hintText(locale, h))]
    : [render(locale, 'pair-no-hints', {})]
  return [head, ...why, ...hints, ...rows].join('\n')
}
