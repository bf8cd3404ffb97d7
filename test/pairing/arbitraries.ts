/**
 * fast-check arbitraries of small organisations and programmes for the pairing laws.
 */
import fc from 'fast-check'
import { addDays, type IsoDate } from '../../src/model/date.js'
import { employeeId, type EmployeeId } from '../../src/model/ids.js'
import { COMPETENCIES, type Competency, type Employee, type Level, type Organisation } from '../../src/model/organisation.js'
import { CRITERION_NAMES } from '../../src/pairing/registry.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import { MODES, TOPICS, type CriterionRule, type Programme } from '../../src/programme/programme.js'
import { d, orgOf, programmeOf } from './build.js'

export const AREAS = ['typescript', 'sql', 'stakeholder-management'] as const
const LANGUAGES = ['nl', 'en', 'de'] as const
const LOCATIONS = ['Utrecht', 'Amsterdam', null] as const

export const level = fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<Level>
/** A date between 2010-01-01 and about 2028 (day offsets, so February 29 occurs). */
export const date = fc.integer({ min: 0, max: 6700 }).map((n) => addDays(d('2010-01-01'), n))

const competencies = fc.tuple(...COMPETENCIES.map(() => level)).map(
  (ls) => Object.fromEntries(COMPETENCIES.map((c, k) => [c, ls[k]])) as Record<Competency, Level>,
)

const expertise = fc.dictionary(fc.constantFrom(...AREAS), level, { maxKeys: 3 })

interface Draft {
  readonly managerPick: number | null
  readonly team: number
  readonly start: IsoDate
  readonly teamDelay: number
  readonly expertise: Record<string, Level>
  readonly strategyInsight: Level
  readonly competencies: Record<Competency, Level>
  readonly trainedOn: IsoDate | null
  readonly interest: { interested: boolean; recordedOn: IsoDate } | null
  readonly capacity: number
  readonly languages: readonly string[]
  readonly location: string | null
}

const draft: fc.Arbitrary<Draft> = fc.record({
  managerPick: fc.option(fc.nat(), { nil: null, freq: 2 }),
  team: fc.integer({ min: 0, max: 2 }),
  start: date,
  teamDelay: fc.integer({ min: 0, max: 900 }),
  expertise,
  strategyInsight: level,
  competencies,
  trainedOn: fc.option(date, { nil: null }),
  interest: fc.option(fc.record({ interested: fc.boolean(), recordedOn: date }), { nil: null }),
  capacity: fc.integer({ min: 0, max: 3 }),
  languages: fc.subarray([...LANGUAGES]),
  location: fc.constantFrom(...LOCATIONS),
})

/** Employee `k` may only report to an earlier one: a forest, never a cycle. */
const employeeOf = (x: Draft, k: number): Employee => ({
  id: employeeId(`e${k}`),
  name: `Employee ${k}`,
  teamId: `t${x.team}` as Employee['teamId'],
  managerId: k === 0 || x.managerPick === null ? null : employeeId(`e${x.managerPick % k}`),
  startDate: x.start,
  teamSince: addDays(x.start, x.teamDelay),
  expertise: x.expertise,
  strategyInsight: x.strategyInsight,
  competencies: x.competencies,
  trainings: x.trainedOn === null ? [] : [{ kind: 'coaching-techniques', completedOn: x.trainedOn }],
  mentorInterest: x.interest === null ? null : { ...x.interest, source: 'self' },
  mentorCapacity: x.capacity,
  languages: x.languages,
  location: x.location,
})

export const arbOrganisation = (min = 2, max = 8): fc.Arbitrary<Organisation> =>
  fc.array(draft, { minLength: min, maxLength: max }).map((xs) => orgOf(xs.map(employeeOf)))

const params = (name: string): fc.Arbitrary<Record<string, unknown>> => {
  switch (name) {
    case 'more-experienced':
      return fc.record({ minYears: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: [] })
    case 'expertise-coverage':
      return fc.record({ minLead: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] })
    case 'topic-strength':
      return fc.record({ target: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] })
    case 'mutual-affinity':
      return fc.record({ oneSided: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] })
    default:
      return fc.constant({})
  }
}

export const arbRule = (name: string): fc.Arbitrary<CriterionRule> =>
  fc.record({
    criterion: fc.constant(name),
    mode: fc.constantFrom(...MODES),
    // Real weights: whole numbers or at least 0.001 (a subnormal weight times a factor may underflow to 0).
    weight: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.001, max: 10, noNaN: true })),
    params: params(name),
  })

/** A subset of the built-in criteria (not-reporting-line sometimes listed, always as require), shuffled. */
export const arbRules: fc.Arbitrary<readonly CriterionRule[]> = fc
  .shuffledSubarray(
    CRITERION_NAMES.filter((n) => n !== 'not-reporting-line'),
    { minLength: 0 },
  )
  .chain((names) => fc.tuple(...names.map(arbRule)))
  .chain((rules) =>
    fc.boolean().map((listed) =>
      listed ? [...rules, { criterion: 'not-reporting-line', mode: 'require' as const, weight: 0, params: {} }] : rules,
    ),
  )

export interface World {
  readonly org: Organisation
  readonly programme: Programme
  readonly asOf: IsoDate
}

/** An organisation and a programme over it: mentees and mentors disjoint, pairs among them. */
export const arbWorld = (min = 2, max = 8): fc.Arbitrary<World> =>
  arbOrganisation(min, max).chain((org) => {
    const n = org.employees.length
    const ids = org.employees.map((e) => e.id)
    return fc
      .record({
        roles: fc.array(fc.constantFrom('mentee', 'mentor', 'none'), { minLength: n, maxLength: n }),
        requests: fc.array(
          fc.record({ topics: fc.subarray([...TOPICS]), areas: fc.subarray([...AREAS]), onboarding: fc.boolean() }),
          { minLength: n, maxLength: n },
        ),
        rules: arbRules,
        formality: fc.constantFrom(...FORMALITY_LEVELS),
        asOf: date,
        affinities: fc.array(
          fc.record({ a: fc.constantFrom(...ids), b: fc.constantFrom(...ids), source: fc.constantFrom('observed', 'nominated') }),
          { maxLength: 4 },
        ),
        forbidden: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
        existing: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
      })
      .map((x) => {
        const role = (k: number): string => x.roles[k] ?? 'none'
        const mentees = ids.filter((_, k) => role(k) === 'mentee')
        const pairs = (ps: readonly [EmployeeId, EmployeeId][]) =>
          ps.filter(([a, b]) => a !== b).map(([mentorId, menteeId]) => ({ mentorId, menteeId }))
        const programme = programmeOf({
          formality: x.formality,
          asOf: x.asOf,
          mentees: mentees.map((id) => {
            const r = x.requests[ids.indexOf(id)] ?? { topics: [], areas: [], onboarding: true }
            return { employeeId: id, purpose: r.onboarding ? 'onboarding' : 'development', topics: r.topics, developmentAreas: r.areas }
          }),
          mentors: ids.filter((_, k) => role(k) === 'mentor'),
          criteria: x.rules,
          affinities: x.affinities.filter((a) => a.a !== a.b),
          forbidden: pairs(x.forbidden),
          existing: pairs(x.existing),
        })
        return { org, programme, asOf: x.asOf }
      })
  })
