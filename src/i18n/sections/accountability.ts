/**
 * Messages of the accountability module: input problems, and the lines of a manager's explanation
 * of an accountability status and a programme report, in English and Dutch side by side.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'
import type { Section } from '../locale.js'

type Status =
  | 'observed'
  | 'encouraged'
  | 'proposed'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'active'
  | 'paused'
  | 'completed'
  | 'ended'
type HealthName = 'on-track' | 'attention' | 'overdue' | 'closed'
type Due = 'due' | 'overdue' | 'open'
type Kind =
  | 'encourage-pair'
  | 'answer-proposal'
  | 'approve-proposal'
  | 'expire-proposal'
  | 'start-mentorship'
  | 'set-goals'
  | 'set-plan'
  | 'hold-session'
  | 'submit-report'
  | 'follow-up-report'
  | 'review-report'
  | 'hold-check-in'
  | 'address-goal'
type Measure =
  | 'belonging'
  | 'development-pace'
  | 'engagement'
  | 'coping'
  | 'motivating'
  | 'coaching'
  | 'setting-boundaries'
  | 'giving-freedom'
type Who = 'manager' | 'mentor' | 'mentee' | 'hr' | 'system'
type Risk = 'reported-at-risk' | 'target-near' | 'target-passed'
type OverdueKind = 'report' | 'review' | 'check-in' | 'answer'

/** Parameters of each accountability message, by code. */
export interface AccountabilityParams {
  'accountability-invalid-date': { readonly value: string }
  'accountability-invalid-days': { readonly value: string }
  'accountability-heading': {
    readonly mentorshipId: string
    readonly mentor: string
    readonly mentee: string
    readonly status: Status
    readonly formality: FormalityLevel
    readonly asOf: string
    readonly health: HealthName
  }
  'accountability-report-due': { readonly period: number; readonly dueOn: string; readonly state: Due; readonly daysOverdue: number }
  'accountability-review-pending': {
    readonly period: number
    readonly submittedOn: string
    readonly dueOn: string
    readonly state: Due
    readonly daysOverdue: number
  }
  'accountability-follow-up': { readonly period: number; readonly reviewedOn: string }
  'accountability-sessions': {
    readonly expected: number
    readonly logged: number
    readonly behind: number
    readonly cadenceWeeks: number
    readonly nextDueOn: string | null
  }
  'accountability-goal-at-risk': { readonly goalId: string; readonly targetDate: string; readonly reasons: readonly Risk[] }
  'accountability-check-in': { readonly dueOn: string; readonly state: Due; readonly daysOverdue: number; readonly lastOn: string | null }
  'accountability-stalled': { readonly lastSessionOn: string | null; readonly since: string; readonly days: number }
  'accountability-awaiting': { readonly from: 'mentor' | 'mentee' | 'manager'; readonly who: string; readonly respondBy: string; readonly state: Due }
  'accountability-missing': { readonly what: 'goals' | 'plan' }
  'accountability-nothing-due': Record<string, never>
  'accountability-actions': { readonly count: number }
  'accountability-action': {
    readonly kind: Kind
    readonly role: Who
    readonly who: string
    readonly by: string | null
    readonly state: Due
    readonly period: number | null
    readonly goalId: string | null
    readonly mentorshipId: string | null
  }
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

const STATUS = {
  en: {
    observed: 'observed', encouraged: 'encouraged', proposed: 'proposed', accepted: 'accepted', declined: 'declined',
    expired: 'expired', active: 'active', paused: 'paused', completed: 'completed', ended: 'ended early',
  },
  nl: {
    observed: 'opgemerkt', encouraged: 'aangemoedigd', proposed: 'voorgesteld', accepted: 'geaccepteerd', declined: 'afgewezen',
    expired: 'verlopen', active: 'actief', paused: 'gepauzeerd', completed: 'afgerond', ended: 'voortijdig beëindigd',
  },
} as const satisfies Record<'en' | 'nl', Record<Status, string>>

const LEVEL = {
  en: { spontaneous: 'spontaneous', encouraged: 'encouraged', structured: 'structured', formal: 'formal' },
  nl: { spontaneous: 'spontaan', encouraged: 'aangemoedigd', structured: 'gestructureerd', formal: 'formeel' },
} as const satisfies Record<'en' | 'nl', Record<FormalityLevel, string>>

const HEALTH = {
  en: { 'on-track': 'on track', attention: 'needs attention', overdue: 'work overdue', closed: 'closed' },
  nl: { 'on-track': 'op schema', attention: 'aandacht nodig', overdue: 'achterstand', closed: 'afgesloten' },
} as const satisfies Record<'en' | 'nl', Record<HealthName, string>>

const ROLE = {
  en: { manager: 'Manager', mentor: 'Mentor', mentee: 'Mentee', hr: 'HR', system: 'System' },
  nl: { manager: 'Leidinggevende', mentor: 'Mentor', mentee: 'Mentee', hr: 'HR', system: 'Systeem' },
} as const satisfies Record<'en' | 'nl', Record<Who, string>>

const MEASURE = {
  en: {
    belonging: 'feeling at home', 'development-pace': 'pace of development', engagement: 'engagement',
    coping: 'coping with conflict and stress', motivating: 'motivating', coaching: 'coaching',
    'setting-boundaries': 'setting boundaries', 'giving-freedom': 'giving freedom',
  },
  nl: {
    belonging: 'zich thuis voelen', 'development-pace': 'ontwikkeltempo', engagement: 'betrokkenheid',
    coping: 'omgaan met conflicten en stress', motivating: 'motiveren', coaching: 'coachen',
    'setting-boundaries': 'grenzen stellen', 'giving-freedom': 'vrijheid geven',
  },
} as const satisfies Record<'en' | 'nl', Record<Measure, string>>

const RISK = {
  en: { 'reported-at-risk': 'reported at risk', 'target-near': 'target date is near', 'target-passed': 'target date has passed' },
  nl: { 'reported-at-risk': 'als risico gemeld', 'target-near': 'streefdatum nadert', 'target-passed': 'streefdatum verstreken' },
} as const satisfies Record<'en' | 'nl', Record<Risk, string>>

type ActionP = AccountabilityParams['accountability-action']

const KIND_EN: Record<Kind, (p: ActionP) => string> = {
  'encourage-pair': () => 'encourage this informal mentoring',
  'answer-proposal': () => 'answer the proposal',
  'approve-proposal': () => 'approve or reject the proposal',
  'expire-proposal': () => 'the proposal can be expired: the answer period has passed',
  'start-mentorship': () => 'start the mentorship',
  'set-goals': () => 'set goals with the mentee',
  'set-plan': () => 'agree a plan (meeting rhythm, start and end)',
  'hold-session': () => 'hold a session with the mentee',
  'submit-report': (p) => `submit the progress report for period ${p.period ?? ''}`,
  'follow-up-report': (p) => `follow up on the report for period ${p.period ?? ''}`,
  'review-report': (p) => `review the progress report for period ${p.period ?? ''}`,
  'hold-check-in': () => 'hold a guidance check-in with the mentor',
  'address-goal': (p) => `discuss goal ${p.goalId ?? ''}, which is at risk`,
}

const KIND_NL: Record<Kind, (p: ActionP) => string> = {
  'encourage-pair': () => 'moedig deze informele begeleiding aan',
  'answer-proposal': () => 'reageer op het voorstel',
  'approve-proposal': () => 'keur het voorstel goed of af',
  'expire-proposal': () => 'het voorstel kan vervallen: de reactietermijn is verstreken',
  'start-mentorship': () => 'start het mentorschap',
  'set-goals': () => 'leg samen met de mentee doelen vast',
  'set-plan': () => 'spreek een plan af (ritme, begin- en einddatum)',
  'hold-session': () => 'houd een sessie met de mentee',
  'submit-report': (p) => `lever de voortgangsrapportage over periode ${p.period ?? ''} in`,
  'follow-up-report': (p) => `geef opvolging aan de rapportage over periode ${p.period ?? ''}`,
  'review-report': (p) => `beoordeel de voortgangsrapportage over periode ${p.period ?? ''}`,
  'hold-check-in': () => 'houd een begeleidingsgesprek met de mentor',
  'address-goal': (p) => `bespreek doel ${p.goalId ?? ''}, dat in gevaar is`,
}

const days = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
const late = (n: number): string => days(n, 'day', 'days')
const laat = (n: number): string => days(n, 'dag', 'dagen')
const fig = (x: number): string => (Math.round(x * 10) / 10).toFixed(1)
const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fig(Math.abs(x))}`
const list = (xs: readonly string[], and: string): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1] ?? ''}`
const inPair = (id: string | null): string => (id === null ? '' : `[${id}] `)

const byEn = (p: ActionP): string =>
  p.by === null ? '' : p.state === 'overdue' ? `, due by ${p.by} (overdue)` : `, by ${p.by}`
const byNl = (p: ActionP): string =>
  p.by === null ? '' : p.state === 'overdue' ? `, uiterlijk ${p.by} (te laat)` : `, uiterlijk ${p.by}`

/** English and Dutch renderings. */
export const accountability: Section<AccountabilityParams> = {
  en: {
    'accountability-invalid-date': (p) => `The day ${p.value} is not a real calendar date (YYYY-MM-DD) or date-time with an offset.`,
    'accountability-invalid-days': (p) => `A number of days must be a whole number from 0 to 3650; received ${p.value}.`,
    'accountability-heading': (p) =>
      `Mentorship ${p.mentorshipId} (mentor ${p.mentor}, mentee ${p.mentee}): ${STATUS.en[p.status]}, ${LEVEL.en[p.formality]}, as of ${p.asOf}. Health: ${HEALTH.en[p.health]}.`,
    'accountability-report-due': (p) =>
      p.state === 'overdue'
        ? `The progress report for period ${p.period} was due on ${p.dueOn}: ${late(p.daysOverdue)} overdue.`
        : `The progress report for period ${p.period} is due on ${p.dueOn}.`,
    'accountability-review-pending': (p) =>
      `The report for period ${p.period} (submitted ${p.submittedOn}) awaits the manager's review${p.state === 'overdue' ? `, due on ${p.dueOn}: ${late(p.daysOverdue)} overdue` : ` by ${p.dueOn}`}.`,
    'accountability-follow-up': (p) => `The manager asked for follow-up on the report for period ${p.period} (${p.reviewedOn}).`,
    'accountability-sessions': (p) =>
      `Sessions: ${p.logged} held, ${p.expected} expected by now (one every ${days(p.cadenceWeeks, 'week', 'weeks')})${p.behind > 0 ? `, ${p.behind} behind` : ''}${p.nextDueOn === null ? '' : p.behind > 0 ? `; the first missing one was due on ${p.nextDueOn}` : `; the next is due on ${p.nextDueOn}`}.`,
    'accountability-goal-at-risk': (p) =>
      `Goal ${p.goalId} (target ${p.targetDate}) is at risk: ${list(p.reasons.map((r) => RISK.en[r]), 'and')}.`,
    'accountability-check-in': (p) =>
      `${p.lastOn === null ? 'No guidance check-in with the mentor yet' : `Last guidance check-in on ${p.lastOn}`}; the next ${p.state === 'overdue' ? `was due on ${p.dueOn}: ${late(p.daysOverdue)} overdue` : `is due on ${p.dueOn}`}.`,
    'accountability-stalled': (p) =>
      `Stalled: ${p.lastSessionOn === null ? `no session since the start on ${p.since}` : `no session since ${p.since}`} (${late(p.days)}).`,
    'accountability-awaiting': (p) =>
      `Waiting for the ${p.from === 'manager' ? "manager's approval" : `${p.from}'s answer`} (${p.who}) by ${p.respondBy}${p.state === 'overdue' ? ': the answer period has passed' : ''}.`,
    'accountability-missing': (p) =>
      p.what === 'goals' ? 'No goals set yet, though the policy asks for them.' : 'No plan agreed yet, though the policy asks for one.',
    'accountability-nothing-due': () => 'Nothing is due.',
    'accountability-actions': (p) => (p.count === 0 ? 'No next actions.' : 'Next actions:'),
    'accountability-action': (p) => `- ${inPair(p.mentorshipId)}${ROLE.en[p.role]} ${p.who}: ${KIND_EN[p.kind](p)}${byEn(p)}.`,
    'programme-report-heading': (p) => `Programme report (${LEVEL.en[p.level]}), as of ${p.asOf}: ${days(p.total, 'mentorship', 'mentorships')}.`,
    'programme-report-counts': (p) =>
      `By state: ${Object.entries(p.counts).flatMap(([s, n]) => (n === undefined || n === 0 ? [] : [`${STATUS.en[s as Status]} ${n}`])).join(', ') || 'none'}.`,
    'programme-report-coverage': (p) =>
      `Coverage: ${p.covered} of ${days(p.mentees, 'mentee', 'mentees')} ${p.covered === 1 ? 'has' : 'have'} a mentorship under way or completed (${Math.round(p.share * 100)}%).`,
    'programme-report-health': (p) =>
      `Health: on track ${p['on-track']}, needs attention ${p.attention}, work overdue ${p.overdue}, closed ${p.closed}.`,
    'programme-report-overdue': (p) => (p.count === 0 ? 'Nothing is overdue.' : `Overdue (${p.count}):`),
    'programme-report-overdue-item': (p) =>
      `- [${p.mentorshipId}] ${{ report: `progress report${p.period === null ? '' : ` for period ${p.period}`}`, review: `review of the report${p.period === null ? '' : ` for period ${p.period}`}`, 'check-in': 'guidance check-in', answer: 'answer to the proposal' }[p.kind]} (${p.who}), due on ${p.dueOn}${p.daysOverdue > 0 ? `: ${late(p.daysOverdue)} overdue` : ''}.`,
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
    'accountability-invalid-date': (p) => `De dag ${p.value} is geen bestaande kalenderdatum (JJJJ-MM-DD) of datum-tijd met tijdzone.`,
    'accountability-invalid-days': (p) => `Een aantal dagen moet een geheel getal van 0 tot en met 3650 zijn; ontvangen: ${p.value}.`,
    'accountability-heading': (p) =>
      `Mentorschap ${p.mentorshipId} (mentor ${p.mentor}, mentee ${p.mentee}): ${STATUS.nl[p.status]}, ${LEVEL.nl[p.formality]}, peildatum ${p.asOf}. Stand: ${HEALTH.nl[p.health]}.`,
    'accountability-report-due': (p) =>
      p.state === 'overdue'
        ? `De voortgangsrapportage over periode ${p.period} had op ${p.dueOn} binnen moeten zijn: ${laat(p.daysOverdue)} te laat.`
        : `De voortgangsrapportage over periode ${p.period} moet uiterlijk ${p.dueOn} binnen zijn.`,
    'accountability-review-pending': (p) =>
      `De rapportage over periode ${p.period} (ingediend ${p.submittedOn}) wacht op beoordeling door de leidinggevende${p.state === 'overdue' ? `, uiterlijk ${p.dueOn}: ${laat(p.daysOverdue)} te laat` : `, uiterlijk ${p.dueOn}`}.`,
    'accountability-follow-up': (p) => `De leidinggevende heeft om opvolging gevraagd bij de rapportage over periode ${p.period} (${p.reviewedOn}).`,
    'accountability-sessions': (p) =>
      `Sessies: ${p.logged} gehouden, ${p.expected} verwacht tot nu toe (elke ${days(p.cadenceWeeks, 'week', 'weken')})${p.behind > 0 ? `, ${p.behind} achter` : ''}${p.nextDueOn === null ? '' : p.behind > 0 ? `; de eerste ontbrekende had uiterlijk ${p.nextDueOn} moeten plaatsvinden` : `; de volgende uiterlijk ${p.nextDueOn}`}.`,
    'accountability-goal-at-risk': (p) =>
      `Doel ${p.goalId} (streefdatum ${p.targetDate}) is in gevaar: ${list(p.reasons.map((r) => RISK.nl[r]), 'en')}.`,
    'accountability-check-in': (p) =>
      `${p.lastOn === null ? 'Nog geen begeleidingsgesprek met de mentor' : `Laatste begeleidingsgesprek op ${p.lastOn}`}; het volgende ${p.state === 'overdue' ? `had op ${p.dueOn} moeten plaatsvinden: ${laat(p.daysOverdue)} te laat` : `uiterlijk ${p.dueOn}`}.`,
    'accountability-stalled': (p) =>
      `Stilgevallen: ${p.lastSessionOn === null ? `geen sessie sinds de start op ${p.since}` : `geen sessie sinds ${p.since}`} (${laat(p.days)}).`,
    'accountability-awaiting': (p) =>
      `Wacht op ${p.from === 'manager' ? 'goedkeuring van de leidinggevende' : `het antwoord van de ${p.from}`} (${p.who}), uiterlijk ${p.respondBy}${p.state === 'overdue' ? ': de reactietermijn is verstreken' : ''}.`,
    'accountability-missing': (p) =>
      p.what === 'goals' ? 'Nog geen doelen vastgelegd, terwijl het beleid daarom vraagt.' : 'Nog geen plan afgesproken, terwijl het beleid daarom vraagt.',
    'accountability-nothing-due': () => 'Er staat niets open.',
    'accountability-actions': (p) => (p.count === 0 ? 'Geen volgende acties.' : 'Volgende acties:'),
    'accountability-action': (p) => `- ${inPair(p.mentorshipId)}${ROLE.nl[p.role]} ${p.who}: ${KIND_NL[p.kind](p)}${byNl(p)}.`,
    'programme-report-heading': (p) => `Programmarapportage (${LEVEL.nl[p.level]}), peildatum ${p.asOf}: ${p.total} mentorschap${p.total === 1 ? '' : 'pen'}.`,
    'programme-report-counts': (p) =>
      `Per status: ${Object.entries(p.counts).flatMap(([s, n]) => (n === undefined || n === 0 ? [] : [`${STATUS.nl[s as Status]} ${n}`])).join(', ') || 'geen'}.`,
    'programme-report-coverage': (p) =>
      `Bereik: ${p.covered} van de ${p.mentees} ${p.mentees === 1 ? 'mentee' : 'mentees'} ${p.covered === 1 ? 'heeft' : 'hebben'} een lopend of afgerond mentorschap (${Math.round(p.share * 100)}%).`,
    'programme-report-health': (p) =>
      `Stand: op schema ${p['on-track']}, aandacht nodig ${p.attention}, achterstand ${p.overdue}, afgesloten ${p.closed}.`,
    'programme-report-overdue': (p) => (p.count === 0 ? 'Er is niets achterstallig.' : `Achterstallig (${p.count}):`),
    'programme-report-overdue-item': (p) =>
      `- [${p.mentorshipId}] ${{ report: `voortgangsrapportage${p.period === null ? '' : ` over periode ${p.period}`}`, review: `beoordeling van de rapportage${p.period === null ? '' : ` over periode ${p.period}`}`, 'check-in': 'begeleidingsgesprek', answer: 'antwoord op het voorstel' }[p.kind]} (${p.who}), uiterlijk ${p.dueOn}${p.daysOverdue > 0 ? `: ${laat(p.daysOverdue)} te laat` : ''}.`,
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
