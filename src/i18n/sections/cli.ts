/**
 * Messages of the cli module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each cli message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CliParams {}

/** English and Dutch renderings. */
export const cli: Section<CliParams> = {
  en: {},
  nl: {},
}
