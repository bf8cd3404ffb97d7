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
// (model helper: parseOrganisation, queries, serialise)

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
export type { PolicyError } from './programme/parse-policy.js'
export { overridePolicy, parsePolicy } from './programme/parse-policy.js'
export type { PolicyOverrides } from './programme/policy-schema.js'
export { POLICY_BOUNDS, PolicyInputSchema, PolicyOverridesSchema, ProgrammePolicySchema } from './programme/policy-schema.js'

// ── readiness ───────────────────────────────────────────────────────────────────────────────────
export type { Gap, GapCode, MentorRule } from './readiness/gap.js'
export { GAP_CODES, MENTOR_RULES, RULE_OF_GAP } from './readiness/gap.js'
export type { InvalidReadinessInput, Readiness, ReadinessError } from './readiness/readiness.js'
export { assessReadiness } from './readiness/assess.js'

// ── machine core ────────────────────────────────────────────────────────────────────────────────
export type { Actor, PersonActor, Role } from './machine/actor.js'
export { ROLES } from './machine/actor.js'
export type { Refusal } from './machine/refusal.js'
export { REFUSAL_CODES } from './machine/refusal.js'
export type { Edge, EventOf, EventType, Machine, MachineTypes, RefusalOf, StateOf, Status, Table } from './machine/machine.js'
export { defineMachine } from './machine/machine.js'
export { explainFailed, explainRefusal } from './machine/explain.js'

// ── pairing: programme format, criteria, scores ─────────────────────────────────────────────────
// (pairing helper)

// ── matching ────────────────────────────────────────────────────────────────────────────────────
// (matching helper)

// ── mentorship lifecycle and accountability ─────────────────────────────────────────────────────
// (mentorship helper)
