/**
 * Messages of the mentorship module: problems with events and event logs, and the requirements a
 * mentorship guard can find unmet, in English and Dutch side by side.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'
import type { Gap } from '../../readiness/gap.js'
import type { Catalogue, Locale, Section } from '../locale.js'
import { readiness, type ReadinessParams } from './readiness.js'

type Side = 'mentor' | 'mentee'

/** Parameters of each mentorship message, by code. */
export interface MentorshipParams {
  'event-not-object': { readonly received: string }
  'event-log-not-array': { readonly received: string }
  'event-unknown-type': { readonly value: string; readonly options: readonly string[] }
  'event-missing-field': { readonly field: string }
  'event-unknown-field': { readonly field: string }
  'event-invalid-type': { readonly expected: string; readonly received: string }
  'event-invalid-option': { readonly value: string; readonly options: readonly string[] }
  'event-invalid-moment': { readonly value: string }
  'event-invalid-date': { readonly value: string }
  'event-empty-text': Readonly<Record<string, never>>
  'event-too-small': { readonly value: string; readonly min: number }
  'event-too-big': { readonly value: string; readonly max: number }
  'event-invalid-value': { readonly value: string }
  'unknown-mentorship': { readonly mentorshipId: string; readonly event: string }
  'same-person': { readonly employeeId: string }
  'unknown-person': { readonly employeeId: string }
  'reporting-line': { readonly managerId: string; readonly reportId: string }
  'pair-already-open': { readonly mentorshipId: string }
  'pair-already-running': { readonly mentorshipId: string }
  'mentor-at-capacity': { readonly mentorId: string; readonly capacity: number; readonly load: number }
  'respond-by-before-proposal': { readonly respondBy: string; readonly proposedOn: string }
  'already-accepted': { readonly side: Side }
  'approval-not-required': Readonly<Record<string, never>>
  'already-approved': Readonly<Record<string, never>>
  'respond-by-not-passed': { readonly respondBy: string }
  'not-a-raise': { readonly from: FormalityLevel; readonly to: FormalityLevel }
  'goals-missing': { readonly level: FormalityLevel; readonly required: number; readonly actual: number }
  'plan-missing': { readonly level: FormalityLevel }
  'mentor-not-ready': { readonly level: FormalityLevel; readonly mentorId: string; readonly gaps: readonly Gap[] }
  'duplicate-goal-id': { readonly goalId: string }
  'plan-dates-reversed': { readonly startDate: string; readonly endDate: string }
  'date-in-future': { readonly date: string; readonly on: string }
  'unknown-goal': { readonly goalId: string }
  'duplicate-progress': { readonly goalId: string }
  'report-already-submitted': { readonly period: number }
  'no-report-to-review': { readonly period: number }
  'reports-awaiting-review': { readonly periods: readonly number[] }
}

const LEVEL = {
  en: { spontaneous: 'spontaneous', encouraged: 'encouraged', structured: 'structured', formal: 'formal' },
  nl: { spontaneous: 'spontaan', encouraged: 'aangemoedigd', structured: 'gestructureerd', formal: 'formeel' },
} as const satisfies Record<Locale, Record<FormalityLevel, string>>

const TYPE_NL: Readonly<Record<string, string>> = {
  string: 'tekst', number: 'getal', int: 'geheel getal', boolean: 'ja/nee', object: 'object', array: 'lijst', null: 'null',
}
const typeNl = (t: string): string => TYPE_NL[t] ?? t
const typeEn = (t: string): string => (t === 'int' ? 'a whole number' : t)

/** Each gap in the readiness section's words, as a requirement of the level. */
const gapsIn = (locale: Locale, gaps: readonly Gap[], level: FormalityLevel): string => {
  const texts = readiness[locale] as unknown as Catalogue<Record<Gap['code'], ReadinessParams[Gap['code']]>>
  return gaps.map((g) => (texts[g.code] as (p: unknown) => string)({ ...g, requirement: 'required', level })).join(' ')
}
const list = (xs: readonly (string | number)[]): string => xs.join(', ')

/** English and Dutch renderings. */
export const mentorship: Section<MentorshipParams> = {
  en: {
    'event-not-object': (p) => `An event must be a JSON object; received ${p.received}.`,
    'event-log-not-array': (p) => `An event log must be a JSON array of events; received ${p.received}.`,
    'event-unknown-type': (p) => `Unknown event type ${p.value}; choose one of ${list(p.options)}.`,
    'event-missing-field': (p) => `The event lacks the field "${p.field}".`,
    'event-unknown-field': (p) => `Unknown field "${p.field}" for this event type.`,
    'event-invalid-type': (p) => `Expected ${typeEn(p.expected)}, received ${p.received}.`,
    'event-invalid-option': (p) => `${p.value} is not a valid choice; choose one of ${list(p.options)}.`,
    'event-invalid-moment': (p) => `${p.value} is not a moment: give a date YYYY-MM-DD or a date-time with seconds and offset.`,
    'event-invalid-date': (p) => `${p.value} is not a real calendar date (or date-time) in ISO form.`,
    'event-empty-text': () => 'Expected a non-empty text.',
    'event-too-small': (p) => `${p.value} is too small: at least ${p.min}.`,
    'event-too-big': (p) => `${p.value} is too large: at most ${p.max}.`,
    'event-invalid-value': (p) => `Invalid value ${p.value}.`,
    'unknown-mentorship': (p) => `Mentorship ${p.mentorshipId} does not exist yet: its first event must be "observe" or "propose", not "${p.event}".`,
    'same-person': (p) => `${p.employeeId} cannot mentor themselves.`,
    'unknown-person': (p) => `No employee with id ${p.employeeId} in the organisation.`,
    'reporting-line': (p) => `${p.managerId} is in the reporting line of ${p.reportId}: a mentor is a peer, not a manager.`,
    'pair-already-open': (p) => `These two already have a mentorship that is not over (${p.mentorshipId}).`,
    'pair-already-running': (p) => `These two already have a running mentorship (${p.mentorshipId}).`,
    'mentor-at-capacity': (p) => `Mentor ${p.mentorId} already has ${p.load} running ${p.load === 1 ? 'mentorship' : 'mentorships'} with a capacity of ${p.capacity}.`,
    'respond-by-before-proposal': (p) => `The answer deadline ${p.respondBy} lies before the proposal (${p.proposedOn}).`,
    'already-accepted': (p) => `The ${p.side} has already accepted.`,
    'approval-not-required': () => 'The policy does not ask for the manager\'s approval of this pair.',
    'already-approved': () => 'The manager has already approved this pair.',
    'respond-by-not-passed': (p) => `The answer deadline ${p.respondBy} has not passed yet.`,
    'not-a-raise': (p) => `Formalising must raise the level: from ${LEVEL.en[p.from]} to ${LEVEL.en[p.to]} is no raise.`,
    'goals-missing': (p) => `A ${LEVEL.en[p.level]} mentorship needs at least ${p.required} ${p.required === 1 ? 'goal' : 'goals'}; it has ${p.actual}.`,
    'plan-missing': (p) => `A ${LEVEL.en[p.level]} mentorship needs a plan (meeting rhythm, start and end).`,
    'mentor-not-ready': (p) => `Mentor ${p.mentorId} is not ready for a ${LEVEL.en[p.level]} mentorship: ${gapsIn('en', p.gaps, p.level)}`,
    'duplicate-goal-id': (p) => `Goal id ${p.goalId} is used twice.`,
    'plan-dates-reversed': (p) => `The plan ends (${p.endDate}) before it starts (${p.startDate}).`,
    'date-in-future': (p) => `The date ${p.date} lies after the day it was recorded (${p.on}).`,
    'unknown-goal': (p) => `The report speaks of goal ${p.goalId}, which is not one of the pair's goals.`,
    'duplicate-progress': (p) => `The report speaks of goal ${p.goalId} twice.`,
    'report-already-submitted': (p) => `The report for period ${p.period} has already been submitted (and was not sent back for follow-up).`,
    'no-report-to-review': (p) => `There is no report for period ${p.period} waiting for review.`,
    'reports-awaiting-review': (p) => `The reports for ${p.periods.length === 1 ? 'period' : 'periods'} ${list(p.periods)} still wait for review.`,
  },
  nl: {
    'event-not-object': (p) => `Een gebeurtenis moet een JSON-object zijn; ontvangen: ${typeNl(p.received)}.`,
    'event-log-not-array': (p) => `Een gebeurtenissenlog moet een JSON-lijst van gebeurtenissen zijn; ontvangen: ${typeNl(p.received)}.`,
    'event-unknown-type': (p) => `Onbekend soort gebeurtenis ${p.value}; kies uit ${list(p.options)}.`,
    'event-missing-field': (p) => `In de gebeurtenis ontbreekt het veld "${p.field}".`,
    'event-unknown-field': (p) => `Onbekend veld "${p.field}" voor dit soort gebeurtenis.`,
    'event-invalid-type': (p) => `Verwacht: ${typeNl(p.expected)}, ontvangen: ${typeNl(p.received)}.`,
    'event-invalid-option': (p) => `${p.value} is geen geldige keuze; kies uit ${list(p.options)}.`,
    'event-invalid-moment': (p) => `${p.value} is geen tijdstip: geef een datum JJJJ-MM-DD of een datum met tijd, seconden en tijdzone.`,
    'event-invalid-date': (p) => `${p.value} is geen bestaande kalenderdatum (of datum met tijd) in ISO-vorm.`,
    'event-empty-text': () => 'Verwacht een tekst die niet leeg is.',
    'event-too-small': (p) => `${p.value} is te klein: minimaal ${p.min}.`,
    'event-too-big': (p) => `${p.value} is te groot: maximaal ${p.max}.`,
    'event-invalid-value': (p) => `Ongeldige waarde ${p.value}.`,
    'unknown-mentorship': (p) => `Mentorschap ${p.mentorshipId} bestaat nog niet: de eerste gebeurtenis moet "opmerken" of "voorstellen" zijn, niet "${p.event}".`,
    'same-person': (p) => `${p.employeeId} kan geen mentor van zichzelf zijn.`,
    'unknown-person': (p) => `Geen medewerker met id ${p.employeeId} in de organisatie.`,
    'reporting-line': (p) => `${p.managerId} staat in de hiërarchische lijn boven ${p.reportId}: een mentor is een collega, geen leidinggevende.`,
    'pair-already-open': (p) => `Deze twee hebben al een mentorschap dat nog loopt of openstaat (${p.mentorshipId}).`,
    'pair-already-running': (p) => `Deze twee hebben al een lopend mentorschap (${p.mentorshipId}).`,
    'mentor-at-capacity': (p) => `Mentor ${p.mentorId} begeleidt al ${p.load} ${p.load === 1 ? 'mentee' : 'mentees'} bij een capaciteit van ${p.capacity}.`,
    'respond-by-before-proposal': (p) => `De reactietermijn ${p.respondBy} ligt vóór het voorstel (${p.proposedOn}).`,
    'already-accepted': (p) => `De ${p.side} heeft al geaccepteerd.`,
    'approval-not-required': () => 'Het beleid vraagt voor dit koppel geen goedkeuring van de leidinggevende.',
    'already-approved': () => 'De leidinggevende heeft dit koppel al goedgekeurd.',
    'respond-by-not-passed': (p) => `De reactietermijn (${p.respondBy}) is nog niet verstreken.`,
    'not-a-raise': (p) => `Formaliseren moet het niveau verhogen: van ${LEVEL.nl[p.from]} naar ${LEVEL.nl[p.to]} is geen verhoging.`,
    'goals-missing': (p) => `Een ${LEVEL.nl[p.level]} mentorschap vraagt minstens ${p.required} ${p.required === 1 ? 'doel' : 'doelen'}; er ${p.actual === 1 ? 'is' : 'zijn'} er ${p.actual}.`,
    'plan-missing': (p) => `Een ${LEVEL.nl[p.level]} mentorschap vraagt een plan (ritme van afspraken, begin en einde).`,
    'mentor-not-ready': (p) => `Mentor ${p.mentorId} is nog niet klaar voor een ${LEVEL.nl[p.level]} mentorschap: ${gapsIn('nl', p.gaps, p.level)}`,
    'duplicate-goal-id': (p) => `Doel-id ${p.goalId} komt twee keer voor.`,
    'plan-dates-reversed': (p) => `Het plan eindigt (${p.endDate}) voordat het begint (${p.startDate}).`,
    'date-in-future': (p) => `De datum ${p.date} ligt na de dag waarop hij is vastgelegd (${p.on}).`,
    'unknown-goal': (p) => `Het verslag noemt doel ${p.goalId}, maar dat is geen doel van dit koppel.`,
    'duplicate-progress': (p) => `Het verslag noemt doel ${p.goalId} twee keer.`,
    'report-already-submitted': (p) => `Het verslag over periode ${p.period} is al ingediend (en niet teruggestuurd voor aanvulling).`,
    'no-report-to-review': (p) => `Er wacht geen verslag over periode ${p.period} op beoordeling.`,
    'reports-awaiting-review': (p) => `De verslagen over ${p.periods.length === 1 ? 'periode' : 'perioden'} ${list(p.periods)} wachten nog op beoordeling.`,
  },
}
