/**
 * Messages of the pairing module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each pairing message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PairingParams {}

/** English and Dutch renderings. */
export const pairing: Section<PairingParams> = {
  en: {},
  nl: {},
}
