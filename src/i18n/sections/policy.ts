/**
 * Messages of the policy module: problems with a policy or with a programme's policy overrides.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'
import type { Section } from '../locale.js'

/** Parameters of each policy message, by code. */
export interface PolicyParams {
  'policy-missing-field': { readonly field: string }
  'policy-unknown-key': { readonly key: string; readonly allowed: readonly string[] }
  'policy-invalid-type': { readonly expected: string; readonly received: string }
  'policy-invalid-option': { readonly value: string; readonly options: readonly string[] }
  'policy-out-of-range': { readonly value: string; readonly min: number; readonly max: number }
  'policy-empty-string': Readonly<Record<string, never>>
  'policy-level-mismatch': { readonly level: FormalityLevel; readonly expected: FormalityLevel }
  'policy-invalid-value': { readonly detail: string }
}

const LEVEL_NL = {
  spontaneous: 'spontaan',
  encouraged: 'aangemoedigd',
  structured: 'gestructureerd',
  formal: 'formeel',
} as const satisfies Record<FormalityLevel, string>

const TYPE_NL: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'ja/nee-waarde (boolean)',
  object: 'object',
  record: 'object',
  array: 'lijst',
  null: 'null',
  undefined: 'niets',
}

const typeNl = (t: string): string => (Object.hasOwn(TYPE_NL, t) ? (TYPE_NL[t] ?? t) : t)

const allowedEn = (xs: readonly string[]): string => (xs.length === 0 ? '' : `; allowed here: ${xs.join(', ')}`)
const allowedNl = (xs: readonly string[]): string => (xs.length === 0 ? '' : `; hier toegestaan: ${xs.join(', ')}`)

/** English and Dutch renderings. */
export const policy: Section<PolicyParams> = {
  en: {
    'policy-missing-field': (p) => `The policy lacks the field "${p.field}".`,
    'policy-unknown-key': (p) => `Unknown key "${p.key}" in the policy${allowedEn(p.allowed)}.`,
    'policy-invalid-type': (p) => `Expected ${p.expected}, received ${p.received}.`,
    'policy-invalid-option': (p) => `${p.value} is not a valid choice; choose one of ${p.options.join(', ')}.`,
    'policy-out-of-range': (p) => `Expected a whole number from ${p.min} to ${p.max}, received ${p.value}.`,
    'policy-empty-string': () => 'Expected a non-empty text.',
    'policy-level-mismatch': (p) =>
      `The overrides name the level ${p.level}, but the programme's level is ${p.expected}; leave the level out.`,
    'policy-invalid-value': (p) => `Invalid value: ${p.detail}`,
  },
  nl: {
    'policy-missing-field': (p) => `In het beleid ontbreekt het veld "${p.field}".`,
    'policy-unknown-key': (p) => `Onbekende sleutel "${p.key}" in het beleid${allowedNl(p.allowed)}.`,
    'policy-invalid-type': (p) => `Verwacht: ${typeNl(p.expected)}, ontvangen: ${typeNl(p.received)}.`,
    'policy-invalid-option': (p) => `${p.value} is geen geldige keuze; kies uit ${p.options.join(', ')}.`,
    'policy-out-of-range': (p) => `Verwacht een geheel getal van ${p.min} tot en met ${p.max}, ontvangen: ${p.value}.`,
    'policy-empty-string': () => 'Verwacht een tekst die niet leeg is.',
    'policy-level-mismatch': (p) =>
      `De aanpassingen noemen het niveau ${LEVEL_NL[p.level]}, maar het programma is ${LEVEL_NL[p.expected]}; laat het niveau weg.`,
    'policy-invalid-value': (p) => `Ongeldige waarde: ${p.detail}`,
  },
}
