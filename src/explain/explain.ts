/**
 * `explain(value, locale)`: one entry point that renders any result or error of the library as
 * text for a manager, in English or Dutch.
 * @module
 */
import { match } from 'ts-pattern'
import type { AccountabilityStatus } from '../accountability/status-types.js'
import type { ProgrammeReport } from '../accountability/report-types.js'
import { explainAccountability, explainProgrammeReport } from '../accountability/explain.js'
import type { Locale } from '../i18n/locale.js'
import { explainMatching } from '../matching/explain.js'
import type { Matching } from '../matching/matching.js'
import { explainPairScore } from '../pairing/explain.js'
import type { PairScore } from '../pairing/pair-score.js'
import { render } from '../i18n/messages.js'
import { explainRefusal } from '../machine/explain.js'
import type { Refusal } from '../machine/refusal.js'
import { REFUSAL_CODES } from '../machine/refusal.js'
import type { EmployeeId } from '../model/ids.js'
import type { UnknownEmployee } from '../model/lookup.js'
import type { Organisation } from '../model/organisation.js'
import { explainInventory } from '../readiness/explain-inventory.js'
import { explainGap, explainReadiness } from '../readiness/explain.js'
import { GAP_CODES, type Gap } from '../readiness/gap.js'
import type { ReadinessInventory } from '../readiness/inventory.js'
import type { Readiness } from '../readiness/readiness.js'
import { explainIssue, explainIssues, type IssueLike } from './issues.js'

/**
 * An error of the library that lists its issues (`invalid-organisation`, `invalid-programme`,
 * `invalid-policy`, `invalid-solve-input`, ...).
 * @example
 * const e: IssueError = { code: 'invalid-organisation', issues: [] }
 * @since 0.1.0
 */
export interface IssueError {
  readonly code: string
  readonly issues: readonly IssueLike[]
}

/**
 * Everything {@link explain} can render.
 * @example
 * const x: Explainable = matching
 * @since 0.1.0
 */
export type Explainable =
  | Matching
  | PairScore
  | Readiness
  | ReadinessInventory
  | Gap
  | Refusal
  | AccountabilityStatus
  | ProgrammeReport
  | IssueError
  | IssueLike
  | UnknownEmployee

/**
 * Options of {@link explain}: with `org`, people are named by their names instead of their ids in
 * matchings, pair scores, readiness results and inventories.
 * @example
 * const o: ExplainOptions = { org }
 * @since 0.1.0
 */
export interface ExplainOptions {
  readonly org?: Organisation
}

type Shape = Readonly<Record<string, unknown>>
const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null
const has = (v: unknown, ...keys: readonly string[]): v is Shape => isObject(v) && keys.every((k) => k in v)
const codeIn = (v: unknown, codes: readonly string[]): boolean => has(v, 'code') && codes.includes(String(v['code']))

const isMatching = (v: unknown): v is Matching => has(v, 'schemaVersion', 'strategy', 'pairs', 'unmatched')
const isPairScore = (v: unknown): v is PairScore =>
  has(v, 'eligible', 'breakdown', 'mentorId', 'menteeId') && typeof v['eligible'] === 'boolean'
const isReadiness = (v: unknown): v is Readiness =>
  has(v, 'employeeId', 'gaps', 'advice') && (v['status'] === 'ready' || v['status'] === 'not-ready')
const isInventory = (v: unknown): v is ReadinessInventory => has(v, 'teams', 'level', 'summary', 'asOf')
const isReport = (v: unknown): v is ProgrammeReport => has(v, 'pairs', 'counts', 'mentorLoad', 'coverage')
const isStatus = (v: unknown): v is AccountabilityStatus => has(v, 'mentorshipId', 'health', 'nextActions')
const isIssueError = (v: unknown): v is IssueError => has(v, 'code', 'issues') && Array.isArray(v['issues'])
const isUnknownEmployee = (v: unknown): v is UnknownEmployee => codeIn(v, ['unknown-employee']) && has(v, 'id')
const isRefusal = (v: unknown): v is Refusal => codeIn(v, REFUSAL_CODES)
const isGap = (v: unknown): v is Gap => codeIn(v, GAP_CODES) && !has(v, 'path')
const isIssue = (v: unknown): v is IssueLike => has(v, 'code', 'path', 'message') && Array.isArray(v['path'])

const fallback = (value: unknown): string =>
  has(value, 'message') && typeof value['message'] === 'string' ? value['message'] : (JSON.stringify(value) ?? String(value))

/**
 * Render `value` in `locale`: matchings, pair scores, readiness results and inventories, gaps,
 * refusals of any machine, accountability statuses, programme reports, and every error (with each
 * of its issues and their paths). With `options.org`, people are named by their names where the
 * text would otherwise show ids. Never throws: a value it does not know comes back as its own
 * message.
 * @example
 * const r = assessReadiness(org, 'e1', defaultPolicy('formal'), '2026-11-01')
 * if (r._tag === 'Right') explain(r.right, 'nl', { org })
 * // 'Anouk de Vries is nog niet klaar voor een mentorrol ...'
 * const bad = parseOrganisation(null)
 * if (bad._tag === 'Left') explain(bad.left, 'en')
 * // '$: Expected object, received null.'
 * @since 0.1.0
 */
export const explain = (value: Explainable, locale: Locale, options: ExplainOptions = {}): string => {
  const { org } = options
  const nameOf = (id: string): string => org?.index.employeeById.get(id as EmployeeId)?.name ?? id
  return match(value)
    .when(isMatching, (m) => explainMatching(m, locale, { nameOf }))
    .when(isPairScore, (p) => explainPairScore(p, locale, { nameOf }))
    .when(isReadiness, (r) => explainReadiness(r, locale, { name: nameOf(r.employeeId) }))
    .when(isInventory, (inv) => explainInventory(inv, locale, org))
    .when(isReport, (r) => explainProgrammeReport(r, locale))
    .when(isStatus, (s) => explainAccountability(s, locale))
    .when(isIssueError, (e) => explainIssues(e.issues, locale))
    .when(isUnknownEmployee, (e) => render(locale, 'unknown-employee', { id: e.id }))
    .when(isIssue, (i) => explainIssue(i, locale))
    .when(isRefusal, (r) => explainRefusal(r, locale))
    .when(isGap, (g) => explainGap(g, locale))
    .otherwise(fallback)
}
