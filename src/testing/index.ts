/**
 * `mentorschap/testing`: fast-check arbitraries for organisations, programmes and mentorship
 * event logs, and invariant checks for matchings, so that hosts can property-test their own
 * criteria and rules against the same generators the library's own tests use. Needs `fast-check`
 * (an optional peer dependency).
 * @module
 */
export type { ArbOrganisationOptions } from './organisation.js'
export { ARB_AS_OF, arbOrganisation, arbParsedOrganisation } from './organisation.js'
export type { ArbProgrammeOptions } from './programme.js'
export { arbOrganisationWithProgramme, arbProgramme, arbProgrammeInput } from './programme.js'
export { assertMatchingInvariants, matchingViolations } from './invariants.js'
export type { ArbEventLogOptions, EventLogEdgeCases, GeneratedEventLog, LifecyclePath } from './event-log-options.js'
export { LIFECYCLE_PATHS, PATH_EVENTS } from './event-log-options.js'
export { arbEventLog, arbOrganisationWithEventLog } from './event-log.js'
export type { ArbInvalidEventLogOptions, ExpectedReplayError, InvalidEventKind, InvalidEventLog } from './invalid-events.js'
export { INVALID_EVENT_KINDS, arbInvalidEventLog } from './invalid-events.js'
export type { GenerateOptions } from './generate.js'
export { generateOrganisationInput } from './generate.js'
export type { GenerateProgrammeOptions } from './generate-programme.js'
export { generateProgrammeInput } from './generate-programme.js'
