/**
 * Messages of the mentorship module.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each mentorship message, by code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MentorshipParams {}

/** English and Dutch renderings. */
export const mentorship: Section<MentorshipParams> = {
  en: {},
  nl: {},
}
