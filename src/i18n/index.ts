/**
 * The public names of locales and message catalogues.
 * @module
 */
export type { Locale } from './locale.js'
export type { MessageCode, MessageParams } from './messages.js'
export type { OrganisationParams } from './sections/organisation.js'
export { LOCALES } from './locale.js'
