/**
 * A deterministic generator of large, valid organisation inputs, for benchmarks and big-input
 * tests. It needs no fast-check: a seeded generator (mulberry32) makes the same input for the same
 * options, everywhere.
 * @module
 */
import { addDays, parseIsoDate, type IsoDate } from '../model/date.js'
import { COMPETENCIES, INTEREST_SOURCES } from '../model/organisation.js'

/**
 * Knobs of {@link generateOrganisationInput}.
 * @example
 * const o: GenerateOptions = { employees: 1000, seed: 7 }
 * @since 0.1.0
 */
export interface GenerateOptions {
  /** Number of employees. */
  readonly employees: number
  /** Seed of the generator (default 1). */
  readonly seed?: number
  /** Number of teams (default: one per 8 employees, at least 1). */
  readonly teams?: number
  /** Every start date is on or before this date (default `2026-01-01`). */
  readonly asOf?: string
}

/**
 * A seeded generator of numbers in [0, 1) (mulberry32).
 * @example
 * const rng = mulberry32(42)
 * rng() // the same first number for seed 42, everywhere
 * @since 0.1.0
 * @internal
 */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The expertise areas of generated employees (and of generated programmes' development areas).
 * @example
 * AREAS.includes('sql') // true
 * @since 0.1.0
 * @internal
 */
export const AREAS = ['typescript', 'sql', 'finance', 'design', 'stakeholder-management', 'testing', 'security'] as const
const LANGUAGES = ['nl', 'en', 'de', 'fr'] as const
const LOCATIONS = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Eindhoven'] as const

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T

const level = (rng: () => number): number => Math.floor(rng() * 6)

const employee = (rng: () => number, i: number, teams: number, last: IsoDate): Record<string, unknown> => {
  const startDate = addDays(last, -Math.floor(rng() * 9000))
  const teamSince = addDays(startDate, Math.floor(rng() * 400))
  const record: Record<string, unknown> = {
    id: `e${i}`,
    name: `Employee ${i}`,
    teamId: `t${Math.floor(rng() * teams)}`,
    managerId: i === 0 ? null : `e${Math.floor(rng() * i)}`,
    startDate,
    teamSince: teamSince > last ? startDate : teamSince,
    expertise: { [pick(rng, AREAS)]: level(rng), [pick(rng, AREAS)]: level(rng) },
    strategyInsight: level(rng),
    competencies: Object.fromEntries(COMPETENCIES.filter(() => rng() < 0.6).map((c) => [c, level(rng)])),
    trainings: rng() < 0.3 ? [{ kind: 'coaching-techniques', completedOn: addDays(last, -Math.floor(rng() * 700)) }] : [],
    mentorCapacity: Math.floor(rng() * 4),
    languages: [pick(rng, LANGUAGES)],
    location: pick(rng, LOCATIONS),
  }
  if (rng() < 0.5) {
    record['mentorInterest'] = {
      interested: rng() < 0.7,
      source: pick(rng, INTEREST_SOURCES),
      recordedOn: addDays(last, -Math.floor(rng() * 300)),
    }
  }
  return record
}

/**
 * A valid organisation input of `employees` employees with every optional field in use, the same
 * for the same options. Employee `e0` is at the top; everyone else reports to an earlier employee
 * chosen at random, so chains are about `ln(employees)` deep.
 * @example
 * const input = generateOrganisationInput({ employees: 100_000, seed: 42 })
 * parseOrganisation(input, { asOf: '2026-01-01' }) // Right(...), and the same input for seed 42 every time
 * @since 0.1.0
 */
export const generateOrganisationInput = (options: GenerateOptions): Record<string, unknown> => {
  const rng = mulberry32(options.seed ?? 1)
  const teamCount = Math.max(1, options.teams ?? Math.ceil(options.employees / 8))
  const last = parseIsoDate(options.asOf ?? '2026-01-01') ?? ('2026-01-01' as IsoDate)
  const teams = Array.from({ length: teamCount }, (_, t) => ({
    id: `t${t}`,
    name: `Team ${t}`,
    managerId: options.employees > 0 ? `e${Math.floor(rng() * options.employees)}` : null,
  }))
  const employees = Array.from({ length: options.employees }, (_, i) => employee(rng, i, teamCount, last))
  return { schemaVersion: 1, teams, employees }
}
