/**
 * Messages of the policy module: problems with a policy or with a programme's policy overrides.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'
import type { Section } from '../locale.js'

/** Parameters of each policy message, by code. */
export interface PolicyParams {
  'policy-out-of-range': { readonly value: number; readonly min: number; readonly max: number }
  'policy-level-mismatch': { readonly level: FormalityLevel; readonly expected: FormalityLevel }
  'invalid-policy': { readonly count: number }
}

const LEVEL_NL = {
  spontaneous: 'spontaan',
  encouraged: 'aangemoedigd',
  structured: 'gestructureerd',
  formal: 'formeel',
} as const satisfies Record<FormalityLevel, string>

/**
 * English and Dutch renderings. The structural problems of a policy (missing field, unknown key,
 * wrong type, unknown option, empty text, a competency level out of range) use the shared codes
 * of the organisation section, so that hosts meet one vocabulary in both formats.
 */
export const policy: Section<PolicyParams> = {
  en: {
    'policy-out-of-range': (p) => `Expected a whole number from ${p.min} to ${p.max}, received ${p.value}.`,
    'policy-level-mismatch': (p) =>
      `The overrides name the level ${p.level}, but the programme's level is ${p.expected}; leave the level out.`,
    'invalid-policy': (p) => `The policy is not valid (${p.count} ${p.count === 1 ? 'problem' : 'problems'}):`,
  },
  nl: {
    'policy-out-of-range': (p) => `Verwacht een geheel getal van ${p.min} tot en met ${p.max}, ontvangen: ${p.value}.`,
    'policy-level-mismatch': (p) =>
      `De aanpassingen noemen het niveau ${LEVEL_NL[p.level]}, maar het programma is ${LEVEL_NL[p.expected]}; laat het niveau weg.`,
    'invalid-policy': (p) => `Het beleid is niet geldig (${p.count} ${p.count === 1 ? 'probleem' : 'problemen'}):`,
  },
}
