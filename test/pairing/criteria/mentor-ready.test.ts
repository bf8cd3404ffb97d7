import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { assessReadiness } from '../../../src/readiness/assess.js'
import { arbPair, judge } from './judge.js'

describe('mentor-ready', () => {
  it('raw is 1 exactly when assessReadiness says ready for the programme policy, counting existing pairs as load', () => {
    fc.assert(
      fc.property(arbPair, ({ w, mentor, mentee }) => {
        const load = w.programme.existing.filter((p) => p.mentorId === mentor.id).length
        const r = assessReadiness(w.org, mentor.id, w.programme.policy, w.asOf, { currentLoad: load })
        const ready = E.isRight(r) && r.right.status === 'ready'
        const row = judge(w, 'mentor-ready', {}, mentor.id, mentee.id)
        expect(row.raw).toBe(ready ? 1 : 0)
        expect(row.reason['gaps']).toEqual(E.isRight(r) ? r.right.gaps : null)
      }),
    )
  })
})
