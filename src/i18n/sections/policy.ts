/**
 * Messages of the policy module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each policy message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PolicyParams {}

/** English and Dutch renderings. */
export const policy: Section<PolicyParams> = {
  en: {},
  nl: {},
}
