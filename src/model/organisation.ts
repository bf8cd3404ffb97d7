/**
 * The organisation model: teams, employees and the reporting lines between them (S1). Values of
 * these types are already valid: only {@link parseOrganisation} makes them.
 * @module
 */
import type { IsoDate } from './date.js'
import type { EmployeeId, TeamId } from './ids.js'

/**
 * A skill or expertise level, 0 (none) to 5 (expert). An absent level is 0.
 * @example
 * const level: Level = 3
 * @since 0.1.0
 */
export type Level = 0 | 1 | 2 | 3 | 4 | 5

/**
 * The competencies the article names: the formal mentor's planning, goal-setting and didactics
 * (S15), coaching (S17) and the four skills a mentor learns (S11).
 * @example
 * COMPETENCIES.includes('didactics') // true
 * @since 0.1.0
 */
export const COMPETENCIES = [
  'planning',
  'goal-setting',
  'didactics',
  'coaching',
  'motivating',
  'setting-boundaries',
  'giving-freedom',
] as const

/**
 * One of {@link COMPETENCIES}.
 * @example
 * const c: Competency = 'planning'
 * @since 0.1.0
 */
export type Competency = (typeof COMPETENCIES)[number]

/**
 * Where a recorded interest in a mentor role came from (S12): a goal-setting conversation, a
 * performance review, the employee themself, or noted by the manager.
 * @example
 * INTEREST_SOURCES[1] // 'performance-review'
 * @since 0.1.0
 */
export const INTEREST_SOURCES = ['goal-setting', 'performance-review', 'self', 'manager'] as const

/**
 * One of {@link INTEREST_SOURCES}.
 * @example
 * const s: InterestSource = 'goal-setting'
 * @since 0.1.0
 */
export type InterestSource = (typeof INTEREST_SOURCES)[number]

/**
 * Whether an employee wants a mentor role, where that was heard and when (S12).
 * @example
 * const i: MentorInterest = { interested: true, source: 'self', recordedOn: date }
 * @since 0.1.0
 */
export interface MentorInterest {
  readonly interested: boolean
  readonly source: InterestSource
  readonly recordedOn: IsoDate
}

/**
 * The training the article advises for mentors (S17).
 * @example
 * COACHING_TECHNIQUES // 'coaching-techniques'
 * @since 0.1.0
 */
export const COACHING_TECHNIQUES = 'coaching-techniques'

/**
 * A completed training. `kind` is free text; {@link COACHING_TECHNIQUES} is the one policies ask for.
 * @example
 * const t: Training = { kind: 'coaching-techniques', completedOn: date }
 * @since 0.1.0
 */
export interface Training {
  readonly kind: string
  readonly completedOn: IsoDate
}

/**
 * A team and the manager who leads it (S1).
 * @example
 * const t: Team | undefined = org.teams[0] // { id: 'payments', name: 'Payments', managerId: 'e0' }
 * @since 0.1.0
 */
export interface Team {
  readonly id: TeamId
  readonly name: string
  readonly managerId: EmployeeId | null
}

/**
 * An employee with every default of the interchange format applied: `teamSince` is set, every
 * competency has a level, `managerId` is `null` at the top of the organisation.
 * @example
 * const e: Employee = org.employees[0]!
 * e.competencies.coaching // 0..5
 * @since 0.1.0
 */
export interface Employee {
  readonly id: EmployeeId
  readonly name: string
  readonly teamId: TeamId
  readonly managerId: EmployeeId | null
  readonly startDate: IsoDate
  readonly teamSince: IsoDate
  readonly expertise: Readonly<Record<string, Level>>
  readonly strategyInsight: Level
  readonly competencies: Readonly<Record<Competency, Level>>
  readonly trainings: readonly Training[]
  readonly mentorInterest: MentorInterest | null
  readonly mentorCapacity: number
  readonly languages: readonly string[]
  readonly location: string | null
}

/**
 * A parsed, valid organisation: teams and employees in input order, and an index for the queries
 * (`lookupEmployee`, `directReportsOf`, `isInReportingLine`, ...), built once by the parser.
 * @example
 * const parsed = parseOrganisation({ schemaVersion: 1, teams: [{ id: 't', name: 'T' }],
 *   employees: [{ id: 'e1', name: 'Anouk', teamId: 't', startDate: '2019-03-01' }] })
 * if (parsed._tag === 'Right') {
 *   const org: Organisation = parsed.right
 *   org.employees.length // 1
 * }
 * @since 0.1.0
 */
export interface Organisation {
  readonly teams: readonly Team[]
  readonly employees: readonly Employee[]
  readonly index: OrganisationIndex
}

/**
 * Lookups derived from the records, so that queries never scan. `pre` and `post` number every
 * employee in a depth-first walk of the management forest: `a` manages `b` (at any level) exactly
 * when `pre[a] < pre[b]` and `post[b] < post[a]`.
 * @example
 * org.index.employeeById.get(e1)?.name // 'Anouk de Vries'
 * @since 0.1.0
 */
export interface OrganisationIndex {
  readonly employeeById: ReadonlyMap<EmployeeId, Employee>
  readonly teamById: ReadonlyMap<TeamId, Team>
  readonly directReports: ReadonlyMap<EmployeeId, readonly EmployeeId[]>
  readonly pre: ReadonlyMap<EmployeeId, number>
  readonly post: ReadonlyMap<EmployeeId, number>
}
