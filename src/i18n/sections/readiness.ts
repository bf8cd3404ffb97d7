/**
 * Messages of the readiness module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each readiness message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReadinessParams {}

/** English and Dutch renderings. */
export const readiness: Section<ReadinessParams> = {
  en: {},
  nl: {},
}
