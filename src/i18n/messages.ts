/**
 * The message catalogues, one per locale, assembled from one section per module so that each
 * module's English and Dutch texts sit side by side.
 * @module
 */
import type { Catalogue, Locale } from './locale.js'
import { accountability, type AccountabilityParams } from './sections/accountability.js'
import { cli, type CliParams } from './sections/cli.js'
import { machine, type MachineParams } from './sections/machine.js'
import { matching, type MatchingParams } from './sections/matching.js'
import { mentorship, type MentorshipParams } from './sections/mentorship.js'
import { organisation, type OrganisationParams } from './sections/organisation.js'
import { pairing, type PairingParams } from './sections/pairing.js'
import { policy, type PolicyParams } from './sections/policy.js'
import { programme, type ProgrammeParams } from './sections/programme.js'
import { readiness, type ReadinessParams } from './sections/readiness.js'
import { report, type ReportParams } from './sections/report.js'
import { solve, type SolveParams } from './sections/solve.js'

/**
 * Every message code with its parameters.
 * @example
 * type P = MessageParams['invalid-type'] // { expected: string; received: string }
 * @since 0.1.0
 */
export type MessageParams = OrganisationParams &
  PolicyParams &
  ReadinessParams &
  MachineParams &
  ProgrammeParams &
  PairingParams &
  MatchingParams &
  SolveParams &
  MentorshipParams &
  AccountabilityParams &
  ReportParams &
  CliParams

/**
 * A message code.
 * @example
 * const c: MessageCode = 'invalid-type'
 * @since 0.1.0
 */
export type MessageCode = keyof MessageParams

/** @internal Every section, for the catalogue tests. */
export const SECTIONS = {
  organisation,
  policy,
  readiness,
  machine,
  programme,
  pairing,
  matching,
  solve,
  mentorship,
  accountability,
  report,
  cli,
} as const

const sections = [organisation, policy, readiness, machine, programme, pairing, matching, solve, mentorship, accountability, report, cli] as const

const assemble = (locale: Locale): Catalogue<MessageParams> =>
  Object.assign(Object.create(null), ...sections.map((s) => s[locale])) as Catalogue<MessageParams>

/**
 * The catalogues: `CATALOGUES.en` and `CATALOGUES.nl` have the same codes.
 * @example
 * CATALOGUES.nl['invalid-type']({ expected: 'string', received: 'number' })
 * @since 0.1.0
 */
export const CATALOGUES: { readonly [L in Locale]: Catalogue<MessageParams> } = {
  en: assemble('en'),
  nl: assemble('nl'),
}

/**
 * Render message `code` with its `params` in `locale`.
 * @example
 * render('nl', 'invalid-type', { expected: 'string', received: 'number' })
 * @since 0.1.0
 */
export const render = <C extends MessageCode>(locale: Locale, code: C, params: MessageParams[C]): string =>
  (CATALOGUES[locale][code] as (p: MessageParams[C]) => string)(params)
