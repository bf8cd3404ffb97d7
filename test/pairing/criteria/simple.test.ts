import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbPair, judge } from './judge.js'

describe('same-team, same-location, shared-language', () => {
  it('same-team: raw is 1 exactly when the team ids are equal', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        expect(judge(w, 'same-team', {}, mentor.id, mentee.id).raw).toBe(mentor.teamId === mentee.teamId ? 1 : 0)
      }),
    )
  })

  it('same-location: raw is 1 exactly when both have a location and it is the same', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        const same = mentor.location !== null && mentee.location !== null && mentor.location === mentee.location
        expect(judge(w, 'same-location', {}, mentor.id, mentee.id).raw).toBe(same ? 1 : 0)
      }),
    )
  })

  it('shared-language: raw is 1 exactly when some language is in both lists', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        const shared = mentor.languages.some((l) => mentee.languages.includes(l))
        const row = judge(w, 'shared-language', {}, mentor.id, mentee.id)
        expect(row.raw).toBe(shared ? 1 : 0)
        expect(row.reason['common']).toEqual(mentor.languages.filter((l) => mentee.languages.includes(l)))
      }),
    )
  })
})
