/**
 * Messages of the machine module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each machine message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MachineParams {}

/** English and Dutch renderings. */
export const machine: Section<MachineParams> = {
  en: {},
  nl: {},
}
