/**
 * Messages of the machine module: refusals (CONTRACT §8), the failed requirements of the
 * mentor-role machine that are not readiness gaps, and the names of statuses, events and roles.
 * @module
 */
import type { Locale, Section } from '../locale.js'

type Labels = Readonly<Record<string, string>>

/**
 * The names of the statuses of the library's machines (mentor role and mentorship), per locale.
 * @example
 * STATUS_LABELS.nl['not-asked'] // 'nog niet gevraagd'
 * @since 0.1.0
 */
export const STATUS_LABELS = {
  en: {
    'not-asked': 'not asked', interested: 'interested', 'not-interested': 'not interested',
    encouraged: 'encouraged', 'in-training': 'in training', ready: 'ready', active: 'active',
    full: 'full', paused: 'paused', withdrawn: 'withdrawn', observed: 'observed', proposed: 'proposed',
    accepted: 'accepted', declined: 'declined', expired: 'expired', completed: 'completed', ended: 'ended',
  },
  nl: {
    'not-asked': 'nog niet gevraagd', interested: 'geïnteresseerd', 'not-interested': 'niet geïnteresseerd',
    encouraged: 'aangemoedigd', 'in-training': 'in training', ready: 'inzetbaar', active: 'actief',
    full: 'volgeboekt', paused: 'gepauzeerd', withdrawn: 'teruggetrokken', observed: 'opgemerkt',
    proposed: 'voorgesteld', accepted: 'geaccepteerd', declined: 'afgewezen', expired: 'verlopen',
    completed: 'afgerond', ended: 'beëindigd',
  },
} as const satisfies Record<Locale, Labels>

/**
 * The names of the event types of the library's machines, per locale.
 * @example
 * EVENT_LABELS.nl.approve // 'goedkeuren'
 * @since 0.1.0
 */
export const EVENT_LABELS = {
  en: {
    'record-interest': 'record interest', encourage: 'encourage', 'start-training': 'start training',
    'complete-training': 'complete training', approve: 'approve', 'take-on-mentee': 'take on a mentee',
    'release-mentee': 'release a mentee', pause: 'pause', resume: 'resume', withdraw: 'withdraw',
    observe: 'observe', propose: 'propose', accept: 'accept', decline: 'decline', expire: 'expire',
    start: 'start', formalise: 'formalise', 'set-goals': 'set goals', 'set-plan': 'set the plan',
    'log-session': 'log a session', 'submit-report': 'submit a report', 'review-report': 'review a report',
    'check-in': 'record a check-in', 'record-outcome': 'record an outcome', complete: 'complete', end: 'end',
  },
  nl: {
    'record-interest': 'interesse vastleggen', encourage: 'aanmoedigen', 'start-training': 'training starten',
    'complete-training': 'training afronden', approve: 'goedkeuren', 'take-on-mentee': 'mentee toevoegen',
    'release-mentee': 'mentee afmelden', pause: 'pauzeren', resume: 'hervatten', withdraw: 'terugtrekken',
    observe: 'opmerken', propose: 'voorstellen', accept: 'accepteren', decline: 'afwijzen', expire: 'laten verlopen',
    start: 'starten', formalise: 'formaliseren', 'set-goals': 'doelen vastleggen', 'set-plan': 'plan vastleggen',
    'log-session': 'sessie vastleggen', 'submit-report': 'voortgangsverslag indienen',
    'review-report': 'verslag beoordelen', 'check-in': 'begeleidingsgesprek vastleggen',
    'record-outcome': 'resultaat vastleggen', complete: 'afronden', end: 'beëindigen',
  },
} as const satisfies Record<Locale, Labels>

/**
 * The roles with their article, as a sentence starts with them, per locale.
 * @example
 * ROLE_LABELS.nl.manager // 'een leidinggevende'
 * @since 0.1.0
 */
export const ROLE_LABELS = {
  en: { manager: 'a manager', mentor: 'a mentor', mentee: 'a mentee', hr: 'an HR administrator', system: 'the system' },
  nl: { manager: 'een leidinggevende', mentor: 'een mentor', mentee: 'een mentee', hr: 'een HR-medewerker', system: 'het systeem' },
} as const satisfies Record<Locale, Labels>

const label = (labels: Labels, code: string): string => (Object.hasOwn(labels, code) ? (labels[code] ?? code) : code)
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const [st, ev, ro] = [STATUS_LABELS, EVENT_LABELS, ROLE_LABELS]

/** Parameters of each machine message, by code. */
export interface MachineParams {
  'not-allowed-in-state': { readonly status: string; readonly event: string }
  'actor-not-permitted': { readonly role: string; readonly event: string }
  'guard-failed': { readonly event: string; readonly failed: readonly string[] }
  'version-conflict': { readonly expected: number; readonly actual: number }
  'out-of-order': { readonly at: string; readonly last: string }
  'mentee-already-assigned': { readonly menteeId: string }
  'mentee-not-assigned': { readonly menteeId: string }
  'mentor-is-mentee': { readonly employeeId: string }
  'mentor-has-mentees': { readonly count: number }
  'invalid-moment': { readonly value: string }
}

/** English and Dutch renderings. */
export const machine: Section<MachineParams> = {
  en: {
    'not-allowed-in-state': (p) => `"${capital(label(ev.en, p.event))}" is not possible in the state "${label(st.en, p.status)}".`,
    'actor-not-permitted': (p) => `${capital(label(ro.en, p.role))} may not "${label(ev.en, p.event)}" here.`,
    'guard-failed': (p) => `"${capital(label(ev.en, p.event))}" is not possible yet: ${p.failed.join(' ')}`,
    'version-conflict': (p) =>
      `Someone else made a change in the meantime: expected event ${p.expected}, received ${p.actual}. Reload and try again.`,
    'out-of-order': (p) => `This event (${p.at}) lies before the last one recorded (${p.last}).`,
    'mentee-already-assigned': (p) => `${p.menteeId} is already one of this mentor's mentees.`,
    'mentee-not-assigned': (p) => `${p.menteeId} is not one of this mentor's mentees.`,
    'mentor-is-mentee': (p) => `${p.employeeId} cannot be their own mentor.`,
    'mentor-has-mentees': (p) => `Still mentoring ${p.count} ${p.count === 1 ? 'mentee' : 'mentees'}: release them first.`,
    'invalid-moment': (p) => `The moment ${p.value} is not an ISO date (YYYY-MM-DD) or date-time.`,
  },
  nl: {
    'not-allowed-in-state': (p) => `"${capital(label(ev.nl, p.event))}" kan niet in de toestand "${label(st.nl, p.status)}".`,
    'actor-not-permitted': (p) => `${capital(label(ro.nl, p.role))} mag hier niet "${label(ev.nl, p.event)}".`,
    'guard-failed': (p) => `"${capital(label(ev.nl, p.event))}" kan nog niet: ${p.failed.join(' ')}`,
    'version-conflict': (p) =>
      `Iemand anders heeft intussen iets gewijzigd: verwacht was gebeurtenis ${p.expected}, ontvangen ${p.actual}. Laad opnieuw en probeer het nog eens.`,
    'out-of-order': (p) => `Deze gebeurtenis (${p.at}) ligt vóór de laatst vastgelegde (${p.last}).`,
    'mentee-already-assigned': (p) => `${p.menteeId} is al mentee van deze mentor.`,
    'mentee-not-assigned': (p) => `${p.menteeId} is geen mentee van deze mentor.`,
    'mentor-is-mentee': (p) => `${p.employeeId} kan geen mentor van zichzelf zijn.`,
    'mentor-has-mentees': (p) => `Begeleidt nog ${p.count} ${p.count === 1 ? 'mentee' : 'mentees'}: meld die eerst af.`,
    'invalid-moment': (p) => `Het tijdstip ${p.value} is geen ISO-datum (JJJJ-MM-DD) of datum met tijd.`,
  },
}
