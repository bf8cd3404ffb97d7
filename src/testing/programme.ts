/**
 * fast-check arbitraries for programmes (part of `mentorschap/testing`): valid programme inputs
 * over a given organisation, with criteria, affinities, forbidden, existing and locked pairs, and
 * the programmes they parse to. Hosts use them to property-test matching on their own rules.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import type { Organisation } from '../model/organisation.js'
import { CRITERION_NAMES } from '../pairing/registry.js'
import { buildScoreMatrix } from '../pairing/score-matrix.js'
import { FORMALITY_LEVELS, type FormalityLevel } from '../programme/formality.js'
import { parseProgramme } from '../programme/parse-programme.js'
import type { ProgrammeInput } from '../programme/programme-schema.js'
import { MODES, TOPICS, type Programme } from '../programme/programme.js'
import { ARB_AS_OF, arbParsedOrganisation, type ArbOrganisationOptions } from './organisation.js'

/**
 * Knobs of {@link arbProgrammeInput}.
 * @example
 * const o: ArbProgrammeOptions = { maxMentees: 5, maxMentors: 4, explicitMentors: true }
 * @since 0.1.0
 */
export interface ArbProgrammeOptions {
  /** Most mentees (default 6). */
  readonly maxMentees?: number
  /** Most mentors in an explicit pool (default 6). */
  readonly maxMentors?: number
  /** Always list the mentors (default: sometimes, else the level's ready employees are the pool). */
  readonly explicitMentors?: boolean
  /** Only this formality level (default: any). */
  readonly formality?: FormalityLevel
  /** Most locked, forbidden, existing pairs and affinities each (default 3). */
  readonly maxPairs?: number
  /** The programme's `asOf` (default `2026-01-01`, the organisation arbitrary's reference date). */
  readonly asOf?: string
}

const AREAS = ['typescript', 'sql', 'strategy', 'finance'] as const

const arbParams = (name: string): fc.Arbitrary<Record<string, unknown>> => {
  switch (name) {
    case 'more-experienced':
      return fc.record({ minYears: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: [] })
    case 'expertise-coverage':
      return fc.record({ minLead: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] })
    case 'mutual-affinity':
      return fc.record({ oneSided: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] })
    default:
      return fc.constant({})
  }
}

/** Criteria: the level's defaults (absent) or a shuffled subset of the built-in ones. */
const arbCriteria = fc.option(
  fc
    .shuffledSubarray([...CRITERION_NAMES], { minLength: 0, maxLength: 5 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.record({
            criterion: fc.constant(name),
            mode: name === 'not-reporting-line' ? fc.constant('require' as const) : fc.constantFrom(...MODES),
            weight: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
            params: arbParams(name),
          }),
        ),
      ),
    ),
  { nil: undefined },
)

const pick = <T>(xs: readonly T[], n: number): T | undefined => (xs.length === 0 ? undefined : xs[n % xs.length])

const pairKey = (a: string, b: string): string => JSON.stringify([a, b])

/** Distinct pairs from `picks`, `keep` deciding which may be added given those kept so far. */
const pairsFrom = (
  picks: readonly (readonly [number, number])[],
  left: readonly string[],
  right: readonly string[],
  keep: (a: string, b: string) => boolean,
): { mentorId: string; menteeId: string }[] => {
  const seen = new Set<string>()
  const out: { mentorId: string; menteeId: string }[] = []
  for (const [x, y] of picks) {
    const mentorId = pick(left, x)
    const menteeId = pick(right, y)
    if (mentorId === undefined || menteeId === undefined || mentorId === menteeId) continue
    if (seen.has(pairKey(mentorId, menteeId)) || !keep(mentorId, menteeId)) continue
    seen.add(pairKey(mentorId, menteeId))
    out.push({ mentorId, menteeId })
  }
  return out
}

/** Existing pairs within every mentor's capacity. */
const withinCapacity = (org: Organisation) => {
  const load = new Map<string, number>()
  return (mentorId: string): boolean => {
    const capacity = org.employees.find((e) => e.id === mentorId)?.mentorCapacity ?? 0
    const n = load.get(mentorId) ?? 0
    if (n >= capacity) return false
    load.set(mentorId, n + 1)
    return true
  }
}

type Picks = readonly (readonly [number, number])[]

/** Distinct affinities from `picks` (one per pair of people, whichever way round). */
const affinitiesFrom = (picks: Picks, ids: readonly string[], sources: readonly ('observed' | 'nominated')[]) => {
  const all = pairsFrom(picks, ids, ids, () => true).map((p, k) => ({ a: p.mentorId, b: p.menteeId, source: sources[k] ?? 'nominated' }))
  const either = (a: { a: string; b: string }): string => (a.a < a.b ? pairKey(a.a, a.b) : pairKey(a.b, a.a))
  return all.filter((a, k) => all.findIndex((b) => either(a) === either(b)) === k)
}

/** The random choices behind a draft. */
interface Draw {
  readonly roles: readonly number[]
  readonly requests: readonly { readonly onboarding: boolean; readonly areas: string[]; readonly topics: (typeof TOPICS)[number][] }[]
  readonly explicit: boolean
  readonly formality: FormalityLevel
  readonly criteria: ProgrammeInput['criteria']
  readonly affinities: Picks
  readonly sources: readonly ('observed' | 'nominated')[]
  readonly forbidden: Picks
  readonly existing: Picks
}

const arbDraw = (size: number, o: ArbProgrammeOptions): fc.Arbitrary<Draw> => {
  const maxPairs = o.maxPairs ?? 3
  const arbPicks = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: maxPairs })
  return fc.record({
    roles: fc.array(fc.nat({ max: 2 }), { minLength: size, maxLength: size }),
    requests: fc.array(fc.record({ onboarding: fc.boolean(), areas: fc.subarray([...AREAS]), topics: fc.subarray([...TOPICS]) }), {
      minLength: size,
      maxLength: size,
    }),
    explicit: o.explicitMentors === true ? fc.constant(true) : fc.boolean(),
    formality: o.formality === undefined ? fc.constantFrom(...FORMALITY_LEVELS) : fc.constant(o.formality),
    criteria: arbCriteria,
    affinities: arbPicks,
    sources: fc.array(fc.constantFrom('observed' as const, 'nominated' as const), { minLength: maxPairs, maxLength: maxPairs }),
    forbidden: arbPicks,
    existing: arbPicks,
  })
}

/** The input without locked pairs. */
const arbDraft = (org: Organisation, o: ArbProgrammeOptions): fc.Arbitrary<ProgrammeInput> => {
  const ids = org.employees.map((e) => e.id as string)
  return arbDraw(ids.length, o).map((x): ProgrammeInput => {
    const mentees = ids.filter((_, k) => x.roles[k] === 0).slice(0, o.maxMentees ?? 6)
    const mentors = ids.filter((_, k) => x.roles[k] === 1).slice(0, o.maxMentors ?? 6)
    const requests = mentees.map((employeeId) => {
      const r = x.requests[ids.indexOf(employeeId)] ?? { onboarding: true, areas: [], topics: [] }
      return { employeeId, purpose: r.onboarding ? ('onboarding' as const) : ('development' as const), developmentAreas: r.areas, topics: r.topics }
    })
    return {
      schemaVersion: 1,
      id: 'arb-programme',
      name: 'Arbitrary programme',
      formality: x.formality,
      asOf: o.asOf ?? ARB_AS_OF,
      mentees: requests,
      ...(x.explicit ? { mentors } : {}),
      ...(x.criteria === undefined ? {} : { criteria: x.criteria }),
      affinities: affinitiesFrom(x.affinities, ids, x.sources),
      forbidden: pairsFrom(x.forbidden, mentors, mentees, () => true),
      existing: pairsFrom(x.existing, mentors, ids, withinCapacity(org)),
    }
  })
}

/** Add locked pairs to a draft: eligible, within the places left, one per mentee. */
const withLocked = (org: Organisation, draft: ProgrammeInput, picks: Picks): ProgrammeInput => {
  const parsed = parseProgramme(draft, org)
  if (E.isLeft(parsed)) return draft
  const m = buildScoreMatrix(org, parsed.right)
  if (E.isLeft(m)) return draft
  const { data, cols, capacities, mentorIds, menteeIds } = m.right
  const used = new Int32Array(cols)
  const taken = new Set<number>()
  const existing = new Set((draft.existing ?? []).map((p) => pairKey(p.mentorId, p.menteeId)))
  const locked: { mentorId: string; menteeId: string }[] = []
  for (const [x, y] of picks) {
    if (m.right.rows === 0 || cols === 0) break
    const i = x % m.right.rows
    const j = y % cols
    const ok = !taken.has(i) && (data[i * cols + j] ?? -Infinity) !== -Infinity && (used[j] ?? 0) < (capacities[j] ?? 0)
    if (!ok || existing.has(pairKey(mentorIds[j] ?? '', menteeIds[i] ?? ''))) continue
    taken.add(i)
    used[j] = (used[j] ?? 0) + 1
    locked.push({ mentorId: mentorIds[j] ?? '', menteeId: menteeIds[i] ?? '' })
  }
  return { ...draft, locked }
}

/**
 * Valid programme inputs (interchange format, version 1) over `org`: mentees and mentors drawn
 * from its employees (disjoint), an explicit mentor pool or the level's default, the level's
 * criteria or a shuffled subset of the built-in ones with any mode, weight and parameters,
 * affinities, forbidden pairs, existing pairs within capacity, and locked pairs that are eligible
 * and fit the places left. `parseProgramme(input, org)` always gives `Right`.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbParsedOrganisation().chain((org) => arbProgrammeInput(org).map((p) => [org, p] as const)),
 *   ([org, p]) => E.isRight(parseProgramme(p, org))))
 * @since 0.1.0
 */
export const arbProgrammeInput = (org: Organisation, options: ArbProgrammeOptions = {}): fc.Arbitrary<ProgrammeInput> =>
  arbDraft(org, options).chain((draft) =>
    fc
      .array(fc.tuple(fc.nat(), fc.nat()), { maxLength: options.maxPairs ?? 3 })
      .map((picks) => withLocked(org, draft, picks))
      .filter((input) => E.isRight(parseProgramme(input, org))),
  )

/**
 * Valid programmes over `org`, parsed: {@link arbProgrammeInput} through `parseProgramme`.
 * @example
 * import fc from 'fast-check'
 * fc.assert(fc.property(arbProgramme(org), (p) => p.mentees.length <= 6))
 * @since 0.1.0
 */
export const arbProgramme = (org: Organisation, options: ArbProgrammeOptions = {}): fc.Arbitrary<Programme> =>
  arbProgrammeInput(org, options)
    .map((input) => parseProgramme(input, org))
    .filter(E.isRight)
    .map((parsed) => parsed.right)

/**
 * An organisation with a programme over it: {@link arbParsedOrganisation} then {@link arbProgramme}.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbOrganisationWithProgramme(), ({ org, programme }) => E.isRight(match(org, programme))))
 * @since 0.1.0
 */
export const arbOrganisationWithProgramme = (
  options: { readonly organisation?: ArbOrganisationOptions; readonly programme?: ArbProgrammeOptions } = {},
): fc.Arbitrary<{ readonly org: Organisation; readonly programme: Programme }> =>
  arbParsedOrganisation(options.organisation).chain((org) => arbProgramme(org, options.programme).map((programme) => ({ org, programme })))
