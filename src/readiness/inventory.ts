/**
 * `readinessInventory`: who in the organisation is ready for a mentor role under a policy, team
 * by team, so that a manager can take stock (S10, S12; CONTRACT §3).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import type { IsoDate } from '../model/date.js'
import type { TeamId } from '../model/ids.js'
import { unknownEmployee } from '../model/lookup.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { preview } from '../programme/preview.js'
import { checkAsOf, readinessOf } from './assess.js'
import { GAP_CODES, type GapCode } from './gap.js'
import type { Readiness, ReadinessError } from './readiness.js'

/**
 * Counts over a group of people: how many, how many ready, and per gap code how many people have
 * that gap (`gaps`, blocking) or that advice (`advice`).
 * @example
 * const inventory = readinessInventory(org, defaultPolicy('structured'), '2026-11-01')
 * if (inventory._tag === 'Right') {
 *   const counts: ReadinessCounts = inventory.right.summary
 *   counts.ready // 1
 *   counts.gaps['interest-missing'] // 4: four people have no recorded interest
 * }
 * @since 0.1.0
 */
export interface ReadinessCounts {
  readonly total: number
  readonly ready: number
  readonly notReady: number
  readonly gaps: Readonly<Record<GapCode, number>>
  readonly advice: Readonly<Record<GapCode, number>>
}

/**
 * The readiness of one team's members, in the order of the organisation, and their counts.
 * @example
 * const inventory = readinessInventory(org, defaultPolicy('structured'), '2026-11-01')
 * if (inventory._tag === 'Right') {
 *   const payments: TeamReadiness | undefined = inventory.right.teams[0]
 *   payments?.members.map((r) => r.status) // ['not-ready', 'ready', 'not-ready', 'not-ready']
 * }
 * @since 0.1.0
 */
export interface TeamReadiness {
  readonly teamId: TeamId
  readonly teamName: string
  readonly members: readonly Readiness[]
  readonly summary: ReadinessCounts
}

/**
 * One {@link Readiness} per employee, grouped by team: teams in the order of the organisation
 * (a team without members included), employees in the order of the organisation.
 * @example
 * const result = readinessInventory(org, defaultPolicy('formal'), '2026-11-01')
 * if (result._tag === 'Right') {
 *   const inventory: ReadinessInventory = result.right
 *   inventory.summary.notReady // 5
 * }
 * @since 0.1.0
 */
export interface ReadinessInventory {
  readonly asOf: IsoDate
  readonly level: FormalityLevel
  readonly teams: readonly TeamReadiness[]
  readonly summary: ReadinessCounts
}

const zero = (): Record<GapCode, number> =>
  Object.fromEntries(GAP_CODES.map((c) => [c, 0])) as Record<GapCode, number>

/** People per gap code: a person with two competency gaps counts once. */
const perCode = (rs: readonly Readiness[], pick: (r: Readiness) => Readiness['gaps']): Record<GapCode, number> => {
  const counts = zero()
  for (const r of rs) for (const code of new Set(pick(r).map((g) => g.code))) counts[code] += 1
  return counts
}

/**
 * The counts of a group of readiness results.
 * @internal
 */
export const countReadiness = (rs: readonly Readiness[]): ReadinessCounts => {
  const ready = rs.filter((r) => r.status === 'ready').length
  return {
    total: rs.length,
    ready,
    notReady: rs.length - ready,
    gaps: perCode(rs, (r) => r.gaps),
    advice: perCode(rs, (r) => r.advice),
  }
}

type Loads = Readonly<Record<string, number>>

/** Check the loads: valid figures (issues) for ids that exist (else `unknown-employee`). */
const checkLoads = (org: Organisation, loads: unknown): E.Either<ReadinessError, ReadonlyMap<string, number>> => {
  if (loads === undefined) return E.right(new Map())
  if (typeof loads !== 'object' || loads === null || Array.isArray(loads)) {
    return E.left({ code: 'invalid-readiness-input', issues: [issue('invalid-current-load', ['options', 'currentLoads'], { value: preview(loads) })] })
  }
  const entries = Object.entries(loads as Loads)
  const issues: Issue[] = entries
    .filter(([, n]) => !(typeof n === 'number' && Number.isSafeInteger(n) && n >= 0))
    .map(([id, n]) => issue('invalid-current-load', ['options', 'currentLoads', id], { value: preview(n) }))
  if (issues.length > 0) return E.left({ code: 'invalid-readiness-input', issues })
  const stranger = entries.find(([id]) => !org.index.employeeById.has(id as Employee['id']))
  return stranger === undefined ? E.right(new Map(entries)) : E.left(unknownEmployee(stranger[0]))
}

/**
 * The readiness of every employee under `policy` on `asOf`, grouped by team, with counts per team
 * and in total. `currentLoads` gives the mentees some people already have (by employee id;
 * default 0 each). An invalid date or load gives `invalid-readiness-input` with every issue; an id
 * in `currentLoads` that is not in the organisation gives `unknown-employee`.
 * @example
 * const inv = readinessInventory(org, defaultPolicy('formal'), '2026-11-01')
 * // Right({ asOf: '2026-11-01', level: 'formal', teams: [{ teamId: 'payments', members: [...], summary }], summary })
 * @since 0.1.0
 */
export const readinessInventory = (
  org: Organisation,
  policy: ProgrammePolicy,
  asOf: string,
  options?: { readonly currentLoads?: Loads },
): E.Either<ReadinessError, ReadinessInventory> => {
  const date = checkAsOf(asOf)
  const loads = checkLoads(org, options?.currentLoads)
  if (E.isLeft(date)) {
    const more = E.isLeft(loads) && loads.left.code === 'invalid-readiness-input' ? loads.left.issues : []
    return E.left({ code: 'invalid-readiness-input', issues: [...date.left, ...more] })
  }
  if (E.isLeft(loads)) return loads
  const byTeam = new Map<TeamId, Readiness[]>(org.teams.map((t) => [t.id, []]))
  for (const e of org.employees) {
    byTeam.get(e.teamId)?.push(readinessOf(e, policy, date.right, loads.right.get(e.id) ?? 0))
  }
  const teams = org.teams.map((t): TeamReadiness => {
    const members = byTeam.get(t.id) ?? []
    return { teamId: t.id, teamName: t.name, members, summary: countReadiness(members) }
  })
  return E.right({
    asOf: date.right,
    level: policy.level,
    teams,
    summary: countReadiness(teams.flatMap((t) => t.members)),
  })
}
