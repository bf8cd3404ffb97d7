/**
 * Messages of the programme module: problems with a programme in the interchange format
 * (CONTRACT section 5), in English and Dutch side by side.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each programme message, by code. */
export interface ProgrammeParams {
  'programme-missing-field': { readonly field: string }
  'programme-unknown-key': { readonly key: string; readonly allowed: readonly string[] }
  'programme-invalid-type': { readonly expected: string; readonly received: string }
  'programme-invalid-option': { readonly value: string; readonly options: readonly string[] }
  'programme-empty-string': Readonly<Record<string, never>>
  'programme-invalid-date': { readonly value: string }
  'programme-unsupported-schema-version': { readonly received: string; readonly supported: number }
  'programme-invalid-value': { readonly detail: string }
  'programme-number-too-small': { readonly value: number; readonly min: number }
  'programme-number-too-big': { readonly value: number; readonly max: number }
  'programme-list-too-short': { readonly min: number }
  'programme-list-too-long': { readonly max: number }
  'unknown-criterion': { readonly name: string; readonly known: readonly string[] }
  'duplicate-criterion': { readonly name: string; readonly first: number }
  'reporting-line-not-required': { readonly mode: string }
  'reserved-criterion-name': { readonly name: string }
  'mentee-is-mentor': { readonly id: string }
  'duplicate-mentee': { readonly id: string; readonly first: number }
  'duplicate-mentor': { readonly id: string; readonly first: number }
  'duplicate-pair': { readonly mentorId: string; readonly menteeId: string; readonly first: number }
  'duplicate-affinity': { readonly a: string; readonly b: string; readonly first: number }
  'self-affinity': { readonly id: string }
  'self-pair': { readonly id: string }
  'locked-and-forbidden': { readonly mentorId: string; readonly menteeId: string }
  'locked-and-existing': { readonly mentorId: string; readonly menteeId: string }
  'mentee-locked-twice': { readonly menteeId: string; readonly first: number }
  'locked-mentee-not-in-programme': { readonly id: string }
  'locked-mentor-not-in-pool': { readonly id: string }
  'locked-breaks-requirement': { readonly mentorId: string; readonly menteeId: string; readonly criterion: string }
  'over-capacity': {
    readonly mentorId: string
    readonly capacity: number
    readonly locked: number
    readonly existing: number
  }
}

const TYPE_NL: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'getal',
  integer: 'geheel getal',
  boolean: 'ja/nee-waarde (boolean)',
  object: 'object',
  array: 'lijst',
  null: 'null',
  undefined: 'niets',
}

const typeNl = (t: string): string => (Object.hasOwn(TYPE_NL, t) ? (TYPE_NL[t] ?? t) : t)
const list = (xs: readonly string[]): string => xs.join(', ')
const allowedEn = (xs: readonly string[]): string => (xs.length === 0 ? '' : `; allowed fields are: ${list(xs)}`)
const allowedNl = (xs: readonly string[]): string => (xs.length === 0 ? '' : `; toegestaan zijn: ${list(xs)}`)
const mentees = (n: number): string => `${n} mentee${n === 1 ? '' : 's'}`

/** English and Dutch renderings. */
export const programme: Section<ProgrammeParams> = {
  en: {
    'programme-missing-field': (p) => `The required field ${p.field} is missing.`,
    'programme-unknown-key': (p) => `Unknown field ${p.key}${allowedEn(p.allowed)}.`,
    'programme-invalid-type': (p) => `Expected ${p.expected}, received ${p.received}.`,
    'programme-invalid-option': (p) => `${p.value} is not allowed here; choose one of: ${list(p.options)}.`,
    'programme-empty-string': () => `This text must not be empty.`,
    'programme-invalid-date': (p) => `${p.value} is not a real calendar date in the form YYYY-MM-DD.`,
    'programme-unsupported-schema-version': (p) =>
      `Schema version ${p.received} is not supported; this library reads version ${p.supported}.`,
    'programme-invalid-value': (p) => `Invalid value: ${p.detail}`,
    'programme-number-too-small': (p) => `${p.value} is too small: the minimum is ${p.min}.`,
    'programme-number-too-big': (p) => `${p.value} is too large: the maximum is ${p.max}.`,
    'programme-list-too-short': (p) => `This list needs at least ${p.min} item${p.min === 1 ? '' : 's'}.`,
    'programme-list-too-long': (p) => `This list may hold at most ${p.max} items.`,
    'unknown-criterion': (p) =>
      `There is no criterion called ${p.name}; known criteria are: ${list(p.known)}. A host can register its own.`,
    'duplicate-criterion': (p) => `Criterion ${p.name} is already listed at position ${p.first}.`,
    'reporting-line-not-required': (p) =>
      `not-reporting-line always applies as require: nobody mentors someone in their own reporting line (listed as ${p.mode}).`,
    'reserved-criterion-name': (p) => `A custom criterion cannot be called ${p.name}: that is a built-in criterion.`,
    'mentee-is-mentor': (p) => `${p.id} is a mentee of this programme and cannot also be one of its mentors.`,
    'duplicate-mentee': (p) => `${p.id} is already listed as mentee ${p.first}.`,
    'duplicate-mentor': (p) => `${p.id} is already listed as mentor ${p.first}.`,
    'duplicate-pair': (p) => `The pair ${p.mentorId} → ${p.menteeId} is already listed at position ${p.first}.`,
    'duplicate-affinity': (p) => `The affinity between ${p.a} and ${p.b} is already listed at position ${p.first}.`,
    'self-affinity': (p) => `An affinity needs two different people; ${p.id} is named twice.`,
    'self-pair': (p) => `${p.id} cannot mentor themself.`,
    'locked-and-forbidden': (p) => `The pair ${p.mentorId} → ${p.menteeId} is both locked and forbidden.`,
    'locked-and-existing': (p) =>
      `The pair ${p.mentorId} → ${p.menteeId} already exists; it cannot also be locked as a new pair.`,
    'mentee-locked-twice': (p) => `Mentee ${p.menteeId} is already locked to a mentor at position ${p.first}.`,
    'locked-mentee-not-in-programme': (p) => `${p.id} is locked as a mentee but is not one of the programme's mentees.`,
    'locked-mentor-not-in-pool': (p) => `${p.id} is locked as a mentor but is not one of the programme's mentors.`,
    'locked-breaks-requirement': (p) =>
      `The locked pair ${p.mentorId} → ${p.menteeId} does not meet the required criterion ${p.criterion}.`,
    'over-capacity': (p) =>
      `Mentor ${p.mentorId} can take ${mentees(p.capacity)}, but has ${p.existing} existing and ${p.locked} locked.`,
  },
  nl: {
    'programme-missing-field': (p) => `Het verplichte veld ${p.field} ontbreekt.`,
    'programme-unknown-key': (p) => `Onbekend veld ${p.key}${allowedNl(p.allowed)}.`,
    'programme-invalid-type': (p) => `Verwacht: ${typeNl(p.expected)}, ontvangen: ${typeNl(p.received)}.`,
    'programme-invalid-option': (p) => `${p.value} is hier niet toegestaan; kies uit: ${list(p.options)}.`,
    'programme-empty-string': () => `Deze tekst mag niet leeg zijn.`,
    'programme-invalid-date': (p) => `${p.value} is geen bestaande kalenderdatum in de vorm JJJJ-MM-DD.`,
    'programme-unsupported-schema-version': (p) =>
      `Schemaversie ${p.received} wordt niet ondersteund; deze bibliotheek leest versie ${p.supported}.`,
    'programme-invalid-value': (p) => `Ongeldige waarde: ${p.detail}`,
    'programme-number-too-small': (p) => `${p.value} is te klein: het minimum is ${p.min}.`,
    'programme-number-too-big': (p) => `${p.value} is te groot: het maximum is ${p.max}.`,
    'programme-list-too-short': (p) => `Deze lijst moet minstens ${p.min} ${p.min === 1 ? 'item' : 'items'} bevatten.`,
    'programme-list-too-long': (p) => `Deze lijst mag hoogstens ${p.max} items bevatten.`,
    'unknown-criterion': (p) =>
      `Er bestaat geen criterium ${p.name}; bekende criteria zijn: ${list(p.known)}. Een applicatie kan eigen criteria registreren.`,
    'duplicate-criterion': (p) => `Criterium ${p.name} staat al op positie ${p.first}.`,
    'reporting-line-not-required': (p) =>
      `not-reporting-line geldt altijd als eis (require): niemand begeleidt iemand uit de eigen rapportagelijn (opgegeven als ${p.mode}).`,
    'reserved-criterion-name': (p) => `Een eigen criterium kan niet ${p.name} heten: dat is een ingebouwd criterium.`,
    'mentee-is-mentor': (p) => `${p.id} is mentee in dit programma en kan niet ook mentor zijn.`,
    'duplicate-mentee': (p) => `${p.id} staat al als mentee ${p.first} in de lijst.`,
    'duplicate-mentor': (p) => `${p.id} staat al als mentor ${p.first} in de lijst.`,
    'duplicate-pair': (p) => `Het koppel ${p.mentorId} → ${p.menteeId} staat al op positie ${p.first}.`,
    'duplicate-affinity': (p) => `De klik tussen ${p.a} en ${p.b} staat al op positie ${p.first}.`,
    'self-affinity': (p) => `Een klik gaat over twee verschillende mensen; ${p.id} staat er twee keer.`,
    'self-pair': (p) => `${p.id} kan geen mentor van zichzelf zijn.`,
    'locked-and-forbidden': (p) => `Het koppel ${p.mentorId} → ${p.menteeId} is zowel vastgezet als uitgesloten.`,
    'locked-and-existing': (p) =>
      `Het koppel ${p.mentorId} → ${p.menteeId} bestaat al en kan niet ook als nieuw koppel worden vastgezet.`,
    'mentee-locked-twice': (p) => `Mentee ${p.menteeId} is al aan een mentor vastgezet op positie ${p.first}.`,
    'locked-mentee-not-in-programme': (p) => `${p.id} is als mentee vastgezet, maar is geen mentee van dit programma.`,
    'locked-mentor-not-in-pool': (p) => `${p.id} is als mentor vastgezet, maar is geen mentor in dit programma.`,
    'locked-breaks-requirement': (p) =>
      `Het vastgezette koppel ${p.mentorId} → ${p.menteeId} voldoet niet aan de eis ${p.criterion}.`,
    'over-capacity': (p) =>
      `Mentor ${p.mentorId} kan ${p.capacity} ${p.capacity === 1 ? 'mentee' : 'mentees'} begeleiden, maar heeft er al ${p.existing} en ${p.locked} vastgezet.`,
  },
}
