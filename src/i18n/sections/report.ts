/**
 * Messages of the programme report (`explain(programmeReport(...))`): counts, coverage, health,
 * overdue work, outcomes and mentor load, in English and Dutch side by side.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'
import type { Section } from '../locale.js'
import { days, fig, laat, late, LEVEL, MEASURE, signed, STATUS, type HealthName, type Measure, type OverdueKind, type Status } from './accountability-words.js'

/** Parameters of each programme report message, by code. */
export interface ReportParams {
  'programme-report-heading': { readonly level: FormalityLevel; readonly asOf: string; readonly total: number }
  'programme-report-counts': { readonly counts: Readonly<Partial<Record<Status, number>>> }
  'programme-report-coverage': { readonly covered: number; readonly mentees: number; readonly share: number }
  'programme-report-health': { readonly [H in HealthName]: number }
  'programme-report-overdue': { readonly count: number }
  'programme-report-overdue-item': {
    readonly kind: OverdueKind
    readonly mentorshipId: string
    readonly who: string
    readonly dueOn: string
    readonly daysOverdue: number
    readonly period: number | null
    readonly goalId: string | null
  }
  'programme-report-outcomes': Record<string, never>
  'programme-report-outcome': {
    readonly measure: Measure
    readonly ratedBy: 'mentee' | 'mentor' | 'manager'
    readonly selfReport: boolean
    readonly pairs: number
    readonly averageFirst: number
    readonly averageLatest: number
    readonly averageChange: number
  }
  'programme-report-outcome-suppressed': { readonly measure: Measure; readonly people: number; readonly minimum: number }
  'programme-report-reflection': { readonly who: string; readonly on: string; readonly reflection: string }
  'programme-report-load': Record<string, never>
  'programme-report-load-item': {
    readonly who: string
    readonly running: number
    readonly capacity: number
    readonly pending: number
    readonly overCapacity: boolean
  }
}

type ItemP = ReportParams['programme-report-overdue-item']

const forPeriod = (p: ItemP, word: string): string => (p.period === null ? '' : ` ${word} ${p.period}`)

/** What is overdue, by kind of item. */
const OVERDUE = {
  en: {
    report: (p) => `progress report${forPeriod(p, 'for period')}`,
    review: (p) => `review of the report${forPeriod(p, 'for period')}`,
    'check-in': () => 'guidance check-in',
    answer: () => 'answer to the proposal',
    session: () => 'session with the mentee',
    goal: (p) => `goal ${p.goalId ?? ''}`,
  },
  nl: {
    report: (p) => `voortgangsrapportage${forPeriod(p, 'over periode')}`,
    review: (p) => `beoordeling van de rapportage${forPeriod(p, 'over periode')}`,
    'check-in': () => 'begeleidingsgesprek',
    answer: () => 'antwoord op het voorstel',
    session: () => 'sessie met de mentee',
    goal: (p) => `doel ${p.goalId ?? ''}`,
  },
} as const satisfies Record<'en' | 'nl', Record<OverdueKind, (p: ItemP) => string>>

/** English and Dutch renderings. */
export const report: Section<ReportParams> = {
  en: {
    'programme-report-heading': (p) => `Programme report (${LEVEL.en[p.level]}), as of ${p.asOf}: ${days(p.total, 'mentorship', 'mentorships')}.`,
    'programme-report-counts': (p) =>
      `By state: ${Object.entries(p.counts).flatMap(([s, n]) => (n === undefined || n === 0 ? [] : [`${STATUS.en[s as Status]} ${n}`])).join(', ') || 'none'}.`,
    'programme-report-coverage': (p) =>
      `Coverage: ${p.covered} of ${days(p.mentees, 'mentee', 'mentees')} ${p.covered === 1 ? 'has' : 'have'} a mentorship under way or completed (${Math.round(p.share * 100)}%).`,
    'programme-report-health': (p) =>
      `Health: on track ${p['on-track']}, needs attention ${p.attention}, work overdue ${p.overdue}, closed ${p.closed}.`,
    'programme-report-overdue': (p) => (p.count === 0 ? 'Nothing is overdue.' : `Overdue (${p.count}):`),
    'programme-report-overdue-item': (p) =>
      `- [${p.mentorshipId}] ${OVERDUE.en[p.kind](p)} (${p.who}), due on ${p.dueOn}${p.daysOverdue > 0 ? `: ${late(p.daysOverdue)} overdue` : ''}.`,
    'programme-report-outcomes': () => 'Outcomes (average first → latest score, change):',
    'programme-report-outcome': (p) =>
      `- ${MEASURE.en[p.measure]}, ${p.selfReport ? 'self-assessed' : `rated by the ${p.ratedBy}`}: ${fig(p.averageFirst)} → ${fig(p.averageLatest)} (${signed(p.averageChange)}) over ${days(p.pairs, 'mentorship', 'mentorships')}.`,
    'programme-report-outcome-suppressed': (p) =>
      `- ${MEASURE.en[p.measure]}, self-assessed by mentees: not shown, fewer than ${p.minimum} mentees (${p.people}) to keep answers anonymous.`,
    'programme-report-reflection': (p) => `- Reflection of ${p.who} (${p.on}): ${p.reflection}`,
    'programme-report-load': () => 'Mentor load (running / capacity):',
    'programme-report-load-item': (p) =>
      `- ${p.who}: ${p.running} / ${p.capacity}${p.pending > 0 ? `, ${p.pending} on the way` : ''}${p.overCapacity ? ' (over capacity)' : ''}`,
  },
  nl: {
    'programme-report-heading': (p) => `Programmarapportage (${LEVEL.nl[p.level]}), peildatum ${p.asOf}: ${p.total} mentorschap${p.total === 1 ? '' : 'pen'}.`,
    'programme-report-counts': (p) =>
      `Per status: ${Object.entries(p.counts).flatMap(([s, n]) => (n === undefined || n === 0 ? [] : [`${STATUS.nl[s as Status]} ${n}`])).join(', ') || 'geen'}.`,
    'programme-report-coverage': (p) =>
      `Bereik: ${p.covered} van de ${p.mentees} ${p.mentees === 1 ? 'mentee' : 'mentees'} ${p.covered === 1 ? 'heeft' : 'hebben'} een lopend of afgerond mentorschap (${Math.round(p.share * 100)}%).`,
    'programme-report-health': (p) =>
      `Stand: op schema ${p['on-track']}, aandacht nodig ${p.attention}, achterstand ${p.overdue}, afgesloten ${p.closed}.`,
    'programme-report-overdue': (p) => (p.count === 0 ? 'Er is niets achterstallig.' : `Achterstallig (${p.count}):`),
    'programme-report-overdue-item': (p) =>
      `- [${p.mentorshipId}] ${OVERDUE.nl[p.kind](p)} (${p.who}), uiterlijk ${p.dueOn}${p.daysOverdue > 0 ? `: ${laat(p.daysOverdue)} te laat` : ''}.`,
    'programme-report-outcomes': () => 'Resultaten (gemiddelde eerste → laatste score, verandering):',
    'programme-report-outcome': (p) =>
      `- ${MEASURE.nl[p.measure]}, ${p.selfReport ? 'zelfbeoordeling' : `beoordeeld door de ${p.ratedBy === 'manager' ? 'leidinggevende' : p.ratedBy}`}: ${fig(p.averageFirst).replace('.', ',')} → ${fig(p.averageLatest).replace('.', ',')} (${signed(p.averageChange).replace('.', ',')}) over ${p.pairs} mentorschap${p.pairs === 1 ? '' : 'pen'}.`,
    'programme-report-outcome-suppressed': (p) =>
      `- ${MEASURE.nl[p.measure]}, zelfbeoordeling van mentees: niet getoond, minder dan ${p.minimum} mentees (${p.people}), zodat antwoorden anoniem blijven.`,
    'programme-report-reflection': (p) => `- Reflectie van ${p.who} (${p.on}): ${p.reflection}`,
    'programme-report-load': () => 'Belasting van mentoren (lopend / capaciteit):',
    'programme-report-load-item': (p) =>
      `- ${p.who}: ${p.running} / ${p.capacity}${p.pending > 0 ? `, ${p.pending} in aantocht` : ''}${p.overCapacity ? ' (boven capaciteit)' : ''}`,
  },
}
