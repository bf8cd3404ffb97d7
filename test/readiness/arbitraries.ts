/**
 * fast-check arbitraries of one employee's readiness facts: the employee, the assessment date and
 * the current load.
 */
import fc from 'fast-check'
import { addDays, dayNumber, fromDayNumber, type IsoDate } from '../../src/model/date.js'
import { COMPETENCIES, type Competency, type Employee, type Level } from '../../src/model/organisation.js'
import { arbLevel } from '../programme/arbitraries.js'
import { employee } from './fixture.js'

const LEAP_DAYS = ['2000-02-29', '2004-02-29', '2012-02-29', '2020-02-29', '2024-02-29'] as IsoDate[]

/** Dates from 2000 to 2030, leap days often. */
export const arbDate: fc.Arbitrary<IsoDate> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: dayNumber('2000-01-01' as IsoDate), max: dayNumber('2030-12-31' as IsoDate) }).map(fromDayNumber) },
  { weight: 1, arbitrary: fc.constantFrom(...LEAP_DAYS) },
  { weight: 1, arbitrary: fc.constantFrom(...LEAP_DAYS).map((d) => addDays(d, 1)) },
)

export const TRAINING_KINDS = ['coaching-techniques', 'mentoring-basics', 'first-aid'] as const

export const arbTraining = fc.record({ kind: fc.constantFrom(...TRAINING_KINDS), completedOn: arbDate })

export const arbCompetencies = fc.record(
  Object.fromEntries(COMPETENCIES.map((c) => [c, arbLevel])) as Record<Competency, fc.Arbitrary<Level>>,
)

/** The readiness facts of an employee, without id and team. */
export const arbSpec = fc.record({
  teamSince: arbDate,
  competencies: arbCompetencies,
  trainings: fc.array(arbTraining, { maxLength: 3 }),
  interest: fc.option(fc.record({ interested: fc.boolean(), recordedOn: arbDate }), { nil: null }),
  capacity: fc.integer({ min: 0, max: 3 }),
})

export const arbEmployee: fc.Arbitrary<Employee> = arbSpec.map((s) => employee({ id: 'e1', ...s }))

/** The facts of one assessment: who, when, and how many mentees they already have. */
export const arbFacts = fc.record({ employee: arbEmployee, asOf: arbDate, load: fc.integer({ min: 0, max: 3 }) })
