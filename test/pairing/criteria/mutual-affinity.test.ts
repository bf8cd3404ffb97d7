import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbPair, judge } from './judge.js'

describe('mutual-affinity', () => {
  it('raw is 1 for an observed affinity or nominations both ways, oneSided for one nomination, else 0', () => {
    fc.assert(
      fc.property(arbPair, fc.double({ min: 0, max: 1, noNaN: true }), ({ w, mentor, mentee }, oneSided) => {
        const about = (a: string, b: string) => w.programme.affinities.filter((x) => x.a === a && x.b === b)
        const both = [...about(mentor.id, mentee.id), ...about(mentee.id, mentor.id)]
        const observed = both.some((x) => x.source === 'observed')
        const byMentor = about(mentor.id, mentee.id).some((x) => x.source === 'nominated')
        const byMentee = about(mentee.id, mentor.id).some((x) => x.source === 'nominated')
        const expected = observed || (byMentor && byMentee) ? 1 : byMentor || byMentee ? oneSided : 0
        expect(judge(w, 'mutual-affinity', { oneSided }, mentor.id, mentee.id).raw).toBe(expected)
      }),
    )
  })
})
