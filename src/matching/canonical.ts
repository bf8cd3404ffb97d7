/**
 * The canonical form of a programme: every list sorted by id, so that the same programme in any
 * order scores, solves and reads out identically (ties are broken by id because rows and columns
 * are in id order).
 * @module
 * @internal
 */
import type { CriterionRule, PairRef, Programme } from '../programme/programme.js'

/**
 * Compare two strings by UTF-16 code units: the same order everywhere, whatever the locale.
 * @example
 * ['b', 'a', 'B'].sort(compareIds) // ['B', 'a', 'b']
 * @internal
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A JSON text of `x` with object keys sorted at every depth, to order criterion parameters. */
const stableText = (x: unknown): string => {
  if (Array.isArray(x)) return `[${x.map(stableText).join(',')}]`
  if (typeof x === 'object' && x !== null) {
    const entries = Object.entries(x).sort(([a], [b]) => compareIds(a, b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableText(v)}`).join(',')}}`
  }
  return typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean' || x === null ? JSON.stringify(x) : String(x)
}

const compareRules = (a: CriterionRule, b: CriterionRule): number =>
  compareIds(a.criterion, b.criterion) ||
  compareIds(a.mode, b.mode) ||
  a.weight - b.weight ||
  compareIds(stableText(a.params), stableText(b.params))

const comparePairs = (a: PairRef, b: PairRef): number => compareIds(a.menteeId, b.menteeId) || compareIds(a.mentorId, b.mentorId)

/**
 * The programme with mentees and mentors in id order (each mentee's development areas and topics
 * sorted too), criteria by name (then mode, weight and
 * parameters), affinities and the locked, forbidden and existing pairs by their ids. Nothing else
 * changes; the criteria's breakdown rows come out in this order.
 * @example
 * canonicalProgramme(programme).mentors // sorted ids
 * @internal
 */
export const canonicalProgramme = (p: Programme): Programme => ({
  ...p,
  mentees: [...p.mentees]
    .sort((a, b) => compareIds(a.employeeId, b.employeeId))
    .map((m) => ({ ...m, developmentAreas: [...m.developmentAreas].sort(compareIds), topics: [...m.topics].sort(compareIds) })),
  mentors: [...p.mentors].sort(compareIds),
  criteria: [...p.criteria].sort(compareRules),
  affinities: [...p.affinities].sort(
    (a, b) => compareIds(a.a, b.a) || compareIds(a.b, b.b) || compareIds(a.source, b.source),
  ),
  locked: [...p.locked].sort(comparePairs),
  forbidden: [...p.forbidden].sort(comparePairs),
  existing: [...p.existing].sort(comparePairs),
})
