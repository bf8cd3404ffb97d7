/**
 * Messages of the programme module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each programme message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ProgrammeParams {}

/** English and Dutch renderings. */
export const programme: Section<ProgrammeParams> = {
  en: {},
  nl: {},
}
