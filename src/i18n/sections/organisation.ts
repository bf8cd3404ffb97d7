/**
 * Messages about the organisation interchange format (CONTRACT section 2).
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each organisation message, by code. */
export interface OrganisationParams {
  'invalid-type': { readonly expected: string; readonly received: string }
  'unknown-employee': { readonly id: string }
}

/** English and Dutch renderings. */
export const organisation: Section<OrganisationParams> = {
  en: {
    'invalid-type': (p) => `Expected ${p.expected}, received ${p.received}.`,
    'unknown-employee': (p) => `No employee with id ${p.id} in the organisation.`,
  },
  nl: {
    'invalid-type': (p) => `Verwacht: ${p.expected}, ontvangen: ${p.received}.`,
    'unknown-employee': (p) => `Geen medewerker met id ${p.id} in de organisatie.`,
  },
}
