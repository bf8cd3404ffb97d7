/**
 * The public names of organisations: ids, dates, parsing, queries.
 * @module
 */
export type { EmployeeId, TeamId } from './ids.js'
export type { IsoDate } from './date.js'
export { addDays, addMonths, anniversary, parseIsoDate, wholeYears } from './date.js'
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
} from './organisation.js'
export { COACHING_TECHNIQUES, COMPETENCIES, INTEREST_SOURCES } from './organisation.js'
export { buildOrganisation } from './build.js'
export type { UnknownEmployee } from './lookup.js'
export { lookupEmployee } from './lookup.js'
export type { OrganisationError, OrganisationIssue, OrganisationIssueCode } from './error.js'
export type { ParseOrganisationOptions } from './parse.js'
export { parseOrganisation } from './parse.js'
export type { OrganisationInput } from './schema.js'
export {
  EmployeeSchema,
  IsoDateSchema,
  LevelSchema,
  MAX_MENTOR_CAPACITY,
  MentorInterestSchema,
  OrganisationSchema,
  TeamSchema,
  TrainingSchema,
} from './schema.js'
export type { InvalidDate } from './queries.js'
export {
  allReportsOf,
  directReportsOf,
  expertiseLevel,
  isInReportingLine,
  managerOf,
  teamOf,
  teamTenureYears,
  tenureYears,
} from './queries.js'
export { serialiseOrganisation } from './serialise.js'
export { explainOrganisationError, explainOrganisationIssue } from './explain.js'
