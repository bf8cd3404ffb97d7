/**
 * Messages of the solve module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each solve message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SolveParams {}

/** English and Dutch renderings. */
export const solve: Section<SolveParams> = {
  en: {},
  nl: {},
}
