/**
 * Messages of the matching module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each matching message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MatchingParams {}

/** English and Dutch renderings. */
export const matching: Section<MatchingParams> = {
  en: {},
  nl: {},
}
