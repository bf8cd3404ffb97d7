/**
 * `mentorschap`: mentoring between employees as typed state machines and pure matching functions.
 * This barrel holds names only.
 * @module
 */
export type { EmployeeId, TeamId } from './model/ids.js'
export type { IsoDate } from './model/date.js'
export { parseIsoDate, wholeYears, anniversary } from './model/date.js'
export type {
  Competency,
  Employee,
  InterestSource,
  Level,
  MentorInterest,
  Organisation,
  OrganisationIndex,
  Team,
  Training,
} from './model/organisation.js'
export { COACHING_TECHNIQUES, COMPETENCIES, INTEREST_SOURCES } from './model/organisation.js'
export type { Issue, Path } from './errors/issue.js'
export type { Locale } from './i18n/locale.js'
export { LOCALES } from './i18n/locale.js'
