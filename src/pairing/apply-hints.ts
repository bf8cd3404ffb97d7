/**
 * Carrying out hints on copies of the organisation and the programme: "what if".
 * @module
 */
import { match } from 'ts-pattern'
import type { IsoDate } from '../model/date.js'
import { buildOrganisation } from '../model/build.js'
import type { EmployeeId } from '../model/ids.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { Programme } from '../programme/programme.js'
import type { Hint } from './hint.js'

/**
 * An organisation, a programme and a scoring date after some hints were carried out.
 * @example
 * const w: WhatIf = { org, programme, asOf: programme.asOf }
 * @since 0.1.0
 */
export interface WhatIf {
  readonly org: Organisation
  readonly programme: Programme
  readonly asOf: IsoDate
}

const raise = <T extends number>(current: T, to: T): T => (to > current ? to : current)

/** One hint on one employee (those about someone else leave them as they are). */
const onEmployee = (e: Employee, h: Hint, on: IsoDate): Employee =>
  match(h)
    .returnType<Employee>()
    .with({ code: 'complete-training' }, (x) =>
      x.employeeId === e.id ? { ...e, trainings: [...e.trainings, { kind: x.kind, completedOn: on }] } : e,
    )
    .with({ code: 'raise-competency' }, (x) =>
      x.employeeId === e.id
        ? { ...e, competencies: { ...e.competencies, [x.competency]: raise(e.competencies[x.competency], x.to) } }
        : e,
    )
    .with({ code: 'raise-expertise' }, (x) =>
      x.employeeId === e.id
        ? { ...e, expertise: { ...e.expertise, [x.area]: raise(Object.hasOwn(e.expertise, x.area) ? (e.expertise[x.area] ?? 0) : 0, x.to) } }
        : e,
    )
    .with({ code: 'raise-strategy-insight' }, (x) =>
      x.employeeId === e.id ? { ...e, strategyInsight: raise(e.strategyInsight, x.to) } : e,
    )
    .with({ code: 'record-interest' }, (x) =>
      x.employeeId === e.id ? { ...e, mentorInterest: { interested: true, source: 'manager', recordedOn: on } } : e,
    )
    .with({ code: 'raise-capacity' }, (x) =>
      x.employeeId === e.id ? { ...e, mentorCapacity: raise(e.mentorCapacity, x.to) } : e,
    )
    .otherwise(() => e)

/** One hint on the programme (those about people leave it as it is). */
const onProgramme = (p: Programme, h: Hint): Programme =>
  match(h)
    .returnType<Programme>()
    .with({ code: 'remove-forbidden' }, (x) => ({
      ...p,
      forbidden: p.forbidden.filter((f) => f.mentorId !== x.mentorId || f.menteeId !== x.menteeId),
    }))
    .with({ code: 'add-mentor' }, (x) =>
      p.mentors.includes(x.employeeId) ? p : { ...p, mentors: [...p.mentors, x.employeeId] },
    )
    .with({ code: 'add-affinity' }, (x) => ({ ...p, affinities: [...p.affinities, { a: x.a, b: x.b, source: 'observed' }] }))
    .with({ code: 'set-params' }, (x) => ({
      ...p,
      criteria: p.criteria.map((r) => (r.criterion === x.criterion ? { ...r, params: { ...r.params, ...x.params } } : r)),
    }))
    .with({ code: 'relax-criterion' }, (x) => ({
      ...p,
      criteria: p.criteria.map((r) => (r.criterion === x.criterion && r.mode === 'require' ? { ...r, mode: 'prefer' } : r)),
    }))
    .otherwise(() => p)

/**
 * Carry out `hints` on copies of `org` and `programme`, scoring on `asOf`: trainings are completed
 * and interest recorded on `asOf`; levels and capacities are raised (never lowered); `wait-until`
 * moves the scoring date forward. Use it to show "what if", or to check that a pair's hints
 * make it eligible.
 * @example
 * const score = scorePair(org, programme, 'e3', 'e5', '2026-11-01') // e3 is not one of the mentors
 * if (score._tag === 'Right' && !score.right.eligible) {
 *   score.right.hints // [{ code: 'add-mentor', employeeId: 'e3' }]
 *   const w = applyHints(org, programme, date, score.right.hints)
 *   scorePair(w.org, w.programme, 'e3', 'e5', w.asOf) // Right({ eligible: true, ... })
 * }
 * @since 0.1.0
 */
export const applyHints = (org: Organisation, programme: Programme, asOf: IsoDate, hints: readonly Hint[]): WhatIf => {
  const touched = new Set<EmployeeId>(hints.flatMap((h) => ('employeeId' in h ? [h.employeeId] : [])))
  const employees = org.employees.map((e) => (touched.has(e.id) ? hints.reduce((x, h) => onEmployee(x, h, asOf), e) : e))
  const later = hints.reduce((d, h) => (h.code === 'wait-until' && h.date > d ? h.date : d), asOf)
  return {
    org: touched.size === 0 ? org : buildOrganisation(org.teams, employees),
    programme: hints.reduce(onProgramme, programme),
    asOf: later,
  }
}
