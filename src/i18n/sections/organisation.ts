/**
 * Messages about the organisation interchange format (CONTRACT section 2).
 * @module
 */
import type { Section } from '../locale.js'

/**
 * Parameters of each organisation message, by code: what `params` of an issue with that code holds.
 * @example
 * const p: OrganisationParams['dangling-manager'] = { id: 'e99' }
 * @since 0.1.0
 */
export interface OrganisationParams {
  'invalid-type': { readonly expected: string; readonly received: string }
  'unknown-employee': { readonly id: string }
  'missing-field': { readonly field: string }
  'unknown-key': { readonly key: string; readonly allowed: readonly string[] }
  'reserved-key': { readonly key: string }
  'empty-string': Readonly<Record<string, never>>
  'level-out-of-range': { readonly value: number; readonly min: number; readonly max: number }
  'capacity-out-of-range': { readonly value: number; readonly min: number; readonly max: number }
  'invalid-date': { readonly value: string }
  'invalid-option': { readonly value: string; readonly options: readonly string[] }
  'unsupported-schema-version': { readonly received: string; readonly supported: number }
  'invalid-value': { readonly detail: string }
  'duplicate-employee-id': { readonly id: string; readonly first: number }
  'duplicate-team-id': { readonly id: string; readonly first: number }
  'dangling-team': { readonly id: string }
  'dangling-manager': { readonly id: string }
  'self-managed': { readonly id: string }
  'management-cycle': { readonly ids: readonly string[] }
  'team-since-before-start': { readonly teamSince: string; readonly startDate: string }
  'start-after-as-of': { readonly startDate: string; readonly asOf: string }
  'invalid-as-of': { readonly value: string }
  'invalid-organisation': { readonly count: number }
}

/** Type names as `invalid-type` reports them, in Dutch. */
const TYPE_NL: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'getal',
  integer: 'geheel getal',
  boolean: 'ja/nee-waarde (boolean)',
  object: 'object',
  array: 'lijst',
  null: 'null',
  undefined: 'niets',
  bigint: 'groot getal (bigint)',
  symbol: 'symbool',
  function: 'functie',
}

const typeNl = (t: string): string => (Object.hasOwn(TYPE_NL, t) ? (TYPE_NL[t] ?? t) : t)

const CYCLE_SHOWN = 8

/** The members of a cycle as `a → b → c → a`, shortened when long. */
const cycle = (ids: readonly string[], more: (n: number) => string): string => {
  const shown = ids.slice(0, CYCLE_SHOWN)
  const tail = ids.length > CYCLE_SHOWN ? [`… (${more(ids.length - CYCLE_SHOWN)})`] : []
  return [...shown, ...tail, ids[0] ?? ''].join(' → ')
}

const list = (xs: readonly string[]): string => xs.join(', ')

/** English and Dutch renderings. */
export const organisation: Section<OrganisationParams> = {
  en: {
    'invalid-type': (p) => `Expected ${p.expected}, received ${p.received}.`,
    'unknown-employee': (p) => `No employee with id ${p.id} in the organisation.`,
    'missing-field': (p) => `The required field ${p.field} is missing.`,
    'unknown-key': (p) => `Unknown field ${p.key}; allowed fields are: ${list(p.allowed)}.`,
    'reserved-key': (p) => `${p.key} cannot be used as a name here.`,
    'empty-string': () => `This text must not be empty.`,
    'level-out-of-range': (p) => `A level is a whole number from ${p.min} to ${p.max}; received ${p.value}.`,
    'capacity-out-of-range': (p) =>
      `The mentor capacity is a whole number from ${p.min} to ${p.max}; received ${p.value}.`,
    'invalid-date': (p) => `${p.value} is not a real calendar date in the form YYYY-MM-DD.`,
    'invalid-option': (p) => `${p.value} is not allowed here; choose one of: ${list(p.options)}.`,
    'unsupported-schema-version': (p) =>
      `Schema version ${p.received} is not supported; this library reads version ${p.supported}.`,
    'invalid-value': (p) => `Invalid value: ${p.detail}`,
    'duplicate-employee-id': (p) => `Employee id ${p.id} is already used by employees[${p.first}].`,
    'duplicate-team-id': (p) => `Team id ${p.id} is already used by teams[${p.first}].`,
    'dangling-team': (p) => `Team ${p.id} does not exist.`,
    'dangling-manager': (p) => `Manager ${p.id} does not exist (no employee has this id).`,
    'self-managed': (p) => `Employee ${p.id} cannot be their own manager.`,
    'management-cycle': (p) =>
      `Management goes round in a circle of ${p.ids.length} employees, each reporting to the next: ${cycle(p.ids, (n) => `${n} more`)}.`,
    'team-since-before-start': (p) =>
      `Joined the team on ${p.teamSince}, before starting in the organisation on ${p.startDate}.`,
    'start-after-as-of': (p) => `Start date ${p.startDate} is after the reference date ${p.asOf}.`,
    'invalid-as-of': (p) => `The reference date ${p.value} is not a real calendar date in the form YYYY-MM-DD.`,
    'invalid-organisation': (p) => `The organisation is not valid (${p.count} ${p.count === 1 ? 'problem' : 'problems'}):`,
  },
  nl: {
    'invalid-type': (p) => `Verwacht: ${typeNl(p.expected)}, ontvangen: ${typeNl(p.received)}.`,
    'unknown-employee': (p) => `Geen medewerker met id ${p.id} in de organisatie.`,
    'missing-field': (p) => `Het verplichte veld ${p.field} ontbreekt.`,
    'unknown-key': (p) => `Onbekend veld ${p.key}; toegestaan zijn: ${list(p.allowed)}.`,
    'reserved-key': (p) => `${p.key} kan hier niet als naam worden gebruikt.`,
    'empty-string': () => `Deze tekst mag niet leeg zijn.`,
    'level-out-of-range': (p) => `Een niveau is een geheel getal van ${p.min} tot en met ${p.max}; ontvangen: ${p.value}.`,
    'capacity-out-of-range': (p) =>
      `De mentorcapaciteit is een geheel getal van ${p.min} tot en met ${p.max}; ontvangen: ${p.value}.`,
    'invalid-date': (p) => `${p.value} is geen bestaande datum in de vorm JJJJ-MM-DD.`,
    'invalid-option': (p) => `${p.value} is hier niet toegestaan; kies uit: ${list(p.options)}.`,
    'unsupported-schema-version': (p) =>
      `Schemaversie ${p.received} wordt niet ondersteund; deze bibliotheek leest versie ${p.supported}.`,
    'invalid-value': (p) => `Ongeldige waarde: ${p.detail}`,
    'duplicate-employee-id': (p) => `Medewerker-id ${p.id} is al in gebruik bij employees[${p.first}].`,
    'duplicate-team-id': (p) => `Team-id ${p.id} is al in gebruik bij teams[${p.first}].`,
    'dangling-team': (p) => `Team ${p.id} bestaat niet.`,
    'dangling-manager': (p) => `Leidinggevende ${p.id} bestaat niet (geen medewerker heeft dit id).`,
    'self-managed': (p) => `Medewerker ${p.id} kan niet zijn of haar eigen leidinggevende zijn.`,
    'management-cycle': (p) =>
      `Cirkel in de hiërarchie: ${p.ids.length} medewerkers rapporteren in een kring aan elkaar, ieder aan de volgende: ${cycle(p.ids, (n) => `nog ${n}`)}.`,
    'team-since-before-start': (p) =>
      `In het team sinds ${p.teamSince}, maar pas in dienst sinds ${p.startDate}.`,
    'start-after-as-of': (p) => `In dienst per ${p.startDate}, na de peildatum ${p.asOf}.`,
    'invalid-as-of': (p) => `De peildatum ${p.value} is geen bestaande datum in de vorm JJJJ-MM-DD.`,
    'invalid-organisation': (p) => `De organisatie is niet geldig (${p.count} ${p.count === 1 ? 'probleem' : 'problemen'}):`,
  },
}
