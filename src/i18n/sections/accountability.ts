/**
 * Messages of the accountability module: input problems and the lines of a manager's explanation
 * of an accountability status, in English and Dutch side by side.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'
import type { Section } from '../locale.js'
import { days, HEALTH, late, laat, LEVEL, list, RISK, ROLE, STATUS, type Due, type HealthName, type Kind, type Risk, type Status, type Who } from './accountability-words.js'

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
}

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
  },
}
