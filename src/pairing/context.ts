/**
 * Building what the criteria see: the scoring context and the inputs per person.
 * @module
 */
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { Affinity, MenteeRequest, Programme } from '../programme/programme.js'
import type { MenteeInput, MentorInput, ScoringContext } from './criterion.js'

/**
 * The scoring context of a programme on `asOf`, with its affinities indexed by person once.
 * @example
 * scoringContext(org, programme, programme.asOf).affinitiesOf(e1)
 * @since 0.1.0
 */
export const scoringContext = (org: Organisation, programme: Programme, asOf: IsoDate): ScoringContext => {
  const byPerson = new Map<EmployeeId, Affinity[]>()
  const add = (id: EmployeeId, a: Affinity): void => {
    const list = byPerson.get(id)
    if (list === undefined) byPerson.set(id, [a])
    else list.push(a)
  }
  for (const a of programme.affinities) {
    add(a.a, a)
    if (a.b !== a.a) add(a.b, a)
  }
  return { org, programme, asOf, affinitiesOf: (id) => byPerson.get(id) ?? [] }
}

/**
 * The scoring context for a single pair: each person's affinities are found by one pass over the
 * programme's list when asked, instead of indexing them all.
 * @example
 * pairContext(org, programme, programme.asOf).affinitiesOf(e5)
 * @since 0.1.0
 */
export const pairContext = (org: Organisation, programme: Programme, asOf: IsoDate): ScoringContext => ({
  org,
  programme,
  asOf,
  affinitiesOf: (id) => programme.affinities.filter((a) => a.a === id || a.b === id),
})

/**
 * How many `existing` mentees each mentor has in the programme.
 * @example
 * existingLoads(programme).get(e1) // 1
 * @since 0.1.0
 */
export const existingLoads = (programme: Programme): ReadonlyMap<EmployeeId, number> => {
  const loads = new Map<EmployeeId, number>()
  for (const p of programme.existing) loads.set(p.mentorId, (loads.get(p.mentorId) ?? 0) + 1)
  return loads
}

/**
 * A mentor as the criteria see them.
 * @example
 * mentorInput(employee, existingLoads(programme))
 * @since 0.1.0
 */
export const mentorInput = (employee: Employee, loads: ReadonlyMap<EmployeeId, number>): MentorInput => ({
  employee,
  existingLoad: loads.get(employee.id) ?? 0,
})

/**
 * A mentee as the criteria see them.
 * @example
 * menteeInput(employee, programme.mentees[0]!)
 * @since 0.1.0
 */
export const menteeInput = (employee: Employee, request: MenteeRequest): MenteeInput => ({ employee, request })
