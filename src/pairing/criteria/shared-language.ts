/**
 * `shared-language`: mentor and mentee speak at least one language in common (S14).
 * @module
 */
import { z } from 'zod'
import { defineCriterion, type RowKernel } from '../criterion.js'
import { interner } from '../intern.js'

/**
 * The reason of a `shared-language` judgement: the languages both speak, and each one's list.
 * @example
 * const r: SharedLanguageReason = { common: ['nl'], mentorLanguages: ['nl', 'en'], menteeLanguages: ['nl'] }
 * @since 0.1.0
 */
export type SharedLanguageReason = {
  readonly common: readonly string[]
  readonly mentorLanguages: readonly string[]
  readonly menteeLanguages: readonly string[]
}

/** Every person's languages as a bit set of `words` 32-bit words. */
const bitSets = (people: readonly (readonly string[])[], id: (s: string) => number, words: number): Uint32Array => {
  const bits = new Uint32Array(people.length * words)
  people.forEach((langs, p) => {
    for (const l of langs) {
      const n = id(l)
      const w = p * words + (n >>> 5)
      bits[w] = (bits[w] ?? 0) | (1 << (n & 31))
    }
  })
  return bits
}

const kernel = (mentors: readonly (readonly string[])[], mentees: readonly (readonly string[])[]): RowKernel => {
  const id = interner()
  const all = new Set([...mentors.flat(), ...mentees.flat()])
  for (const l of all) id(l)
  const words = Math.max(1, Math.ceil(all.size / 32))
  const mentorBits = bitSets(mentors, id, words)
  const menteeBits = bitSets(mentees, id, words)
  return (j, list, count, out) => {
    const tb = j * words
    for (let k = 0; k < count; k++) {
      const mb = (list[k] ?? 0) * words
      let shared = 0
      for (let w = 0; w < words; w++) shared |= (mentorBits[mb + w] ?? 0) & (menteeBits[tb + w] ?? 0)
      out[k] = shared !== 0 ? 1 : 0
    }
  }
}

/**
 * `shared-language` (S14: criteria the manager formulates to pair employees; a mentor and mentee
 * must be able to talk). `raw` is 1 when the two have at least one language in common, else 0 (no
 * recorded languages never match). No parameters. Hint when required: make it a preference.
 * @example
 * sharedLanguage.bind({}) // Right(bound criterion)
 * @since 0.1.0
 */
export const sharedLanguage = defineCriterion({
  name: 'shared-language',
  statements: ['S14'],
  params: z.strictObject({}),
  mentorFacts: (m) => m.employee.languages,
  menteeFacts: (t) => t.employee.languages,
  evaluate: ({ mentor, mentee }) => {
    const common = mentor.filter((l, i) => mentee.includes(l) && mentor.indexOf(l) === i)
    const reason: SharedLanguageReason = { common, mentorLanguages: mentor, menteeLanguages: mentee }
    return { raw: common.length > 0 ? 1 : 0, reason }
  },
  kernel,
})
