/**
 * The seeded synthetic organisation the scoring and matching benchmarks share: a director, one
 * manager per team under them, and team members, the first `mentors` of them senior (longer
 * tenure, more expertise, higher competencies), the rest juniors. What differs between the
 * benchmarks (training, interest, capacity, location) comes from the `traits` callbacks, called
 * in a fixed order so that a given seed always gives the same organisation.
 */
import { buildOrganisation } from '../src/model/build.js'
import { addDays, type IsoDate } from '../src/model/date.js'
import { employeeId, teamId } from '../src/model/ids.js'
import { COMPETENCIES, type Competency, type Employee, type Level, type Organisation, type Team } from '../src/model/organisation.js'
import { mulberry32 } from '../src/testing/generate.js'

/** A seeded random source and the draws the benchmarks make from it. */
export interface Rng {
  readonly random: () => number
  readonly int: (lo: number, hi: number) => number
  readonly level: (lo?: number, hi?: number) => Level
  readonly pick: <T>(xs: readonly T[]) => T
}

/** A seeded {@link Rng} (mulberry32), so every run uses the same data. */
export const rngOf = (seed: number): Rng => {
  const random = mulberry32(seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))
  return {
    random,
    int,
    level: (lo = 0, hi = 5) => int(lo, hi) as Level,
    pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T,
  }
}

export const AREAS = ['typescript', 'sql', 'stakeholder-management', 'design', 'finance', 'sales', 'legal', 'data']
const LANGUAGES = ['nl', 'en', 'de', 'fr', 'tr', 'ar']

/** What the benchmarks decide themselves, per person: drawn before the languages, and the location after. */
export interface Traits {
  readonly before: (senior: boolean) => Pick<Employee, 'trainings' | 'mentorInterest' | 'mentorCapacity'>
  readonly location: () => string
}

const person = (r: Rng, traits: Traits, k: number, team: number, managerId: string | null, senior: boolean): Employee => {
  const start = addDays('2005-01-01' as IsoDate, senior ? r.int(0, 5000) : r.int(5000, 7900))
  return {
    id: employeeId(`e${k}`),
    name: `Employee ${k}`,
    teamId: teamId(`t${team}`),
    managerId: managerId === null ? null : employeeId(managerId),
    startDate: start,
    teamSince: addDays(start, r.int(0, 400)),
    expertise: Object.fromEntries(AREAS.filter(() => r.random() < 0.5).map((a) => [a, r.level(senior ? 1 : 0, senior ? 5 : 3)])),
    strategyInsight: r.level(senior ? 2 : 0, senior ? 5 : 3),
    competencies: Object.fromEntries(COMPETENCIES.map((c) => [c, r.level(senior ? 2 : 0)])) as Record<Competency, Level>,
    ...traits.before(senior),
    languages: LANGUAGES.filter((_, i) => i === 0 || r.random() < 0.25),
    location: traits.location(),
  }
}

/** A director (e0), a manager per team (m0, m1, ...), then e1..e{mentors} seniors and the mentees. */
export const syntheticOrganisation = (
  r: Rng,
  size: { readonly mentors: number; readonly mentees: number; readonly teamSize: number },
  traits: Traits,
): Organisation => {
  const total = size.mentors + size.mentees
  const teams = Math.ceil(total / size.teamSize)
  const managers = Array.from({ length: teams }, (_, t) => `m${t}`)
  const employees: Employee[] = [person(r, traits, 0, 0, null, true)]
  managers.forEach((m, t) => employees.push({ ...person(r, traits, total + 1 + t, t, 'e0', true), id: employeeId(m) }))
  for (let k = 1; k <= total; k++) {
    const t = (k * 7919) % teams
    employees.push(person(r, traits, k, t, managers[t] ?? null, k <= size.mentors))
  }
  const teamList: Team[] = managers.map((m, t) => ({ id: teamId(`t${t}`), name: `Team ${t}`, managerId: employeeId(m) }))
  return buildOrganisation(teamList, employees)
}
