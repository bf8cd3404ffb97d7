/**
 * `parseOrganisation`: the boundary of the organisation model (CONTRACT section 2).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue } from '../errors/issue.js'
import { parseIsoDate, type IsoDate } from './date.js'
import type { OrganisationError, OrganisationIssue } from './error.js'
import { isWellFormed } from './fast.js'
import { toOrganisation } from './normalise.js'
import type { Organisation } from './organisation.js'
import { own, show } from './raw.js'
import { referentialPass } from './referential.js'
import { structuralPass } from './structural.js'

/**
 * Options of {@link parseOrganisation}.
 * @example
 * const o: ParseOrganisationOptions = { asOf: '2026-11-01' }
 * @since 0.1.0
 */
export interface ParseOrganisationOptions {
  /** The reference date: a `startDate` after it is an error. */
  readonly asOf?: string
}

/** The `asOf` option, checked (JavaScript callers may pass anything). */
const asOfOption = (options: unknown): { readonly date: IsoDate | undefined; readonly issues: readonly OrganisationIssue[] } => {
  const asOf = own(options, 'asOf')
  if (asOf === undefined) return { date: undefined, issues: [] }
  const date = typeof asOf === 'string' ? parseIsoDate(asOf) : undefined
  return date === undefined
    ? { date, issues: [issue('invalid-as-of', [], { value: typeof asOf === 'string' ? asOf : show(asOf) })] }
    : { date, issues: [] }
}

/**
 * Parse an organisation in the interchange format, version 1. Reports every problem at once,
 * structural (unknown keys, wrong types, levels out of 0..5, impossible dates, ...) and
 * referential (duplicate ids, dangling `teamId`/`managerId`, self-management, management cycles,
 * `teamSince` before `startDate`, with `asOf` a `startDate` after it), each with its JSON path.
 * Never throws, whatever `input` is; large and deep inputs are walked with loops.
 * @example
 * parseOrganisation({ schemaVersion: 1, teams: [{ id: 't', name: 'T' }],
 *   employees: [{ id: 'e1', name: 'Anouk', teamId: 't', startDate: '2019-03-01' }] })
 * // Right({ teams: [...], employees: [{ id: 'e1', teamSince: '2019-03-01', mentorCapacity: 1, ... }], index })
 * parseOrganisation({ schemaVersion: 1, teams: [{ id: 't', name: 'T' }],
 *   employees: [{ id: 'e1', name: 'Anouk', teamId: 't', startDate: '2019-03-01', managerId: 'e1' }] })
 * // Left({ code: 'invalid-organisation', issues: [{ code: 'self-managed', path: ['employees', 0, 'managerId'], ... }] })
 * @since 0.1.0
 */
export const parseOrganisation = (
  input: unknown,
  options?: ParseOrganisationOptions,
): E.Either<OrganisationError, Organisation> => {
  const asOf = asOfOption(options)
  const fast = isWellFormed(input)
  const structural = fast ? { issues: [], data: input } : structuralPass(input)
  const referential = referentialPass(input, asOf.date)
  const issues = [...asOf.issues, ...structural.issues, ...referential.issues]
  if (issues.length > 0 || structural.data === undefined) {
    return E.left({ code: 'invalid-organisation', issues })
  }
  return E.right(toOrganisation(structural.data, referential.manager))
}
