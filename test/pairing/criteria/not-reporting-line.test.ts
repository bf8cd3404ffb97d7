import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { managesByChain } from '../laws.js'
import { arbPair, judge } from './judge.js'

describe('not-reporting-line', () => {
  it('raw is 1 exactly when neither one is in the other’s chain of managers (independent walk)', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        const row = judge(w, 'not-reporting-line', {}, mentor.id, mentee.id)
        const line = managesByChain(w.org, mentor.id, mentee.id) || managesByChain(w.org, mentee.id, mentor.id)
        expect(row.raw).toBe(line ? 0 : 1)
        expect(row.mode).toBe('require')
        const relation = managesByChain(w.org, mentor.id, mentee.id)
          ? 'mentor-manages-mentee'
          : managesByChain(w.org, mentee.id, mentor.id)
            ? 'mentee-manages-mentor'
            : 'none'
        expect(row.reason).toEqual({ relation })
      }),
    )
  })
})
