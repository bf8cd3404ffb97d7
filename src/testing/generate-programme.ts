/**
 * A deterministic generator of large, valid programme inputs over an organisation, for benchmarks
 * and big-input tests (the companion of {@link generateOrganisationInput}). No fast-check needed.
 * @module
 */
import type { Organisation } from '../model/organisation.js'
import type { FormalityLevel } from '../programme/formality.js'
import { TOPICS } from '../programme/programme.js'
import { AREAS, mulberry32 } from './generate.js'

/**
 * Knobs of {@link generateProgrammeInput}.
 * @example
 * const o: GenerateProgrammeOptions = { mentees: 10_000, mentors: 2_000, seed: 7 }
 * @since 0.1.0
 */
export interface GenerateProgrammeOptions {
  /** Number of mentees (fewer when the organisation has fewer employees left). */
  readonly mentees: number
  /** Number of mentors in the explicit pool, drawn from employees with room to mentor (default: a fifth of `mentees`, at least 1). */
  readonly mentors?: number
  /** Seed of the generator (default 1). */
  readonly seed?: number
  /** The programme's formality level (default `structured`). */
  readonly formality?: FormalityLevel
  /** The programme's `asOf` (default `2026-01-01`, the default of {@link generateOrganisationInput}). */
  readonly asOf?: string
  /** Number of observed affinities between a mentor and a mentee (default: one per 20 mentees). */
  readonly affinities?: number
}

/** The employees in a seeded random order (Fisher-Yates). */
const shuffled = <T>(xs: readonly T[], rng: () => number): T[] => {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const [a, b] = [out[i] as T, out[j] as T]
    out[i] = b
    out[j] = a
  }
  return out
}

const subset = <T>(xs: readonly T[], rng: () => number, p: number): T[] => xs.filter(() => rng() < p)

/**
 * A valid programme input over `org`, the same for the same organisation and options: an explicit
 * pool of mentors drawn from the employees with room to mentor, mentees drawn from the others
 * (onboarding and development, with development areas and topics), the built-in criteria with
 * preference weights, and observed affinities between mentors and mentees.
 * `parseProgramme(input, org)` gives `Right`.
 * @example
 * const org = parseOrganisation(generateOrganisationInput({ employees: 5_000, seed: 42 }), { asOf: '2026-01-01' })
 * if (org._tag === 'Right') parseProgramme(generateProgrammeInput(org.right, { mentees: 1_000, seed: 42 }), org.right) // Right(...)
 * @since 0.1.0
 */
export const generateProgrammeInput = (org: Organisation, options: GenerateProgrammeOptions): Record<string, unknown> => {
  const rng = mulberry32(options.seed ?? 1)
  const people = shuffled(org.employees, rng)
  const wanted = options.mentors ?? Math.max(1, Math.floor(options.mentees / 5))
  const mentors = people.filter((e) => e.mentorCapacity > 0).slice(0, wanted).map((e) => e.id as string)
  const pool = new Set(mentors)
  const mentees = people.filter((e) => !pool.has(e.id)).slice(0, options.mentees).map((e) => e.id as string)
  const affinities = Array.from({ length: mentors.length === 0 || mentees.length === 0 ? 0 : (options.affinities ?? Math.floor(mentees.length / 20)) }, () => ({
    a: mentors[Math.floor(rng() * mentors.length)],
    b: mentees[Math.floor(rng() * mentees.length)],
    source: 'observed',
  }))
  const seen = new Set<string>()
  return {
    schemaVersion: 1,
    id: `generated-${options.seed ?? 1}`,
    name: 'Generated programme',
    formality: options.formality ?? 'structured',
    asOf: options.asOf ?? '2026-01-01',
    mentors,
    mentees: mentees.map((employeeId, k) => ({
      employeeId,
      purpose: k % 3 === 0 ? 'onboarding' : 'development',
      developmentAreas: subset(AREAS, rng, 0.25),
      topics: subset(TOPICS, rng, 0.5),
    })),
    criteria: [
      { criterion: 'expertise-coverage', mode: 'prefer', weight: 4 },
      { criterion: 'topic-strength', mode: 'prefer', weight: 3 },
      { criterion: 'same-location', mode: 'prefer', weight: 2 },
      { criterion: 'more-experienced', mode: 'prefer', weight: 2 },
      { criterion: 'same-team', mode: 'prefer', weight: 1 },
      { criterion: 'shared-language', mode: 'prefer', weight: 1 },
      { criterion: 'mutual-affinity', mode: 'prefer', weight: 1 },
    ],
    affinities: affinities.filter((x) => !seen.has(`${x.a} ${x.b}`) && seen.add(`${x.a} ${x.b}`) !== undefined),
  }
}
