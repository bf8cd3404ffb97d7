/**
 * `mentorschap/testing`: fast-check arbitraries for organisations (and, as they land, programmes
 * and event logs), so that hosts can property-test their own criteria and rules against the same
 * generators the library's own tests use. Needs `fast-check` (an optional peer dependency).
 * @module
 */
export type { ArbOrganisationOptions } from './organisation.js'
export { ARB_AS_OF, arbOrganisation, arbParsedOrganisation } from './organisation.js'
export type { ArbProgrammeOptions } from './programme.js'
export { arbOrganisationWithProgramme, arbProgramme, arbProgrammeInput } from './programme.js'
export { assertMatchingInvariants, matchingViolations } from './invariants.js'
