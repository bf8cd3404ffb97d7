/**
 * `mentorschap`: mentoring between employees as typed state machines and pure matching functions.
 * This barrel holds names only. Each module has its own block below.
 * @module
 */

// ── model: organisation, ids, dates ─────────────────────────────────────────────────────────────
export type { EmployeeId, TeamId } from './model/ids.js'
export type { IsoDate } from './model/date.js'
export { addDays, addMonths, anniversary, parseIsoDate, wholeYears } from './model/date.js'
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
export { buildOrganisation } from './model/build.js'
export type { UnknownEmployee } from './model/lookup.js'
export { lookupEmployee } from './model/lookup.js'
export type { OrganisationError, OrganisationIssue, OrganisationIssueCode } from './model/error.js'
export type { ParseOrganisationOptions } from './model/parse.js'
export { parseOrganisation } from './model/parse.js'
export type { OrganisationInput } from './model/schema.js'
export {
  EmployeeSchema,
  IsoDateSchema,
  LevelSchema,
  MAX_MENTOR_CAPACITY,
  MentorInterestSchema,
  OrganisationSchema,
  TeamSchema,
  TrainingSchema,
} from './model/schema.js'
export type { InvalidDate } from './model/queries.js'
export {
  allReportsOf,
  directReportsOf,
  expertiseLevel,
  isInReportingLine,
  managerOf,
  teamOf,
  teamTenureYears,
  tenureYears,
} from './model/queries.js'
export { serialiseOrganisation } from './model/serialise.js'
export { explainOrganisationError, explainOrganisationIssue, formatPath } from './model/explain.js'

// ── errors and messages ─────────────────────────────────────────────────────────────────────────
export type { Issue, Path } from './errors/issue.js'
export type { Locale } from './i18n/locale.js'
export { LOCALES } from './i18n/locale.js'

// ── programme: formality levels and policies ────────────────────────────────────────────────────
export type { FormalityLevel } from './programme/formality.js'
export { FORMALITY_LEVELS, compareFormality } from './programme/formality.js'
export type { MentorRequirements, MentorshipRequirements, ProgrammePolicy, Requirement } from './programme/policy.js'
export { REQUIREMENTS } from './programme/policy.js'
export { DEFAULT_POLICIES, defaultPolicy } from './programme/defaults.js'
// (readiness helper: parsePolicy, mergePolicy)

// ── readiness ───────────────────────────────────────────────────────────────────────────────────
// (readiness helper)

// ── machine core ────────────────────────────────────────────────────────────────────────────────
// (machine helper)

// ── pairing: programme format, criteria, scores ─────────────────────────────────────────────────
// (pairing helper)

// ── matching ────────────────────────────────────────────────────────────────────────────────────
// (matching helper)

// ── mentorship lifecycle and accountability ─────────────────────────────────────────────────────
// (mentorship helper)
