import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Employee } from '../../../src/model/organisation.js'
import type { Topic } from '../../../src/programme/programme.js'
import { arbPair, judge } from './judge.js'

/** The documented mapping (docs/criteria.md), written out again. */
const strength = (e: Employee, t: Topic): number => {
  const c = e.competencies
  const stake = e.expertise['stakeholder-management'] ?? 0
  if (t === 'approach') return (c.planning + c.didactics) / 2
  if (t === 'buy-in') return (stake + c.motivating) / 2
  if (t === 'next-step') return (c['goal-setting'] + c.planning) / 2
  return e.strategyInsight
}

describe('topic-strength', () => {
  it('raw is the mean over the requested topics of min(strength, target) / target (1 when none)', () => {
    fc.assert(
      fc.property(arbPair, fc.integer({ min: 1, max: 5 }), ({ w, request, mentor, mentee }, target) => {
        const topics = [...new Set(request.topics)]
        const expected = topics.length === 0 ? 1 : topics.reduce((s, t) => s + Math.min(strength(mentor, t), target) / target, 0) / topics.length
        const row = judge(w, 'topic-strength', { target }, mentor.id, mentee.id)
        expect(Math.abs(row.raw - expected)).toBeLessThanOrEqual(1e-12)
      }),
    )
  })

  it('sources can be replaced per topic', () => {
    fc.assert(
      fc.property(arbPair, ({ w, request, mentor, mentee }) => {
        const sources = { strategy: [{ from: 'competency', name: 'coaching' }] }
        const topics = [...new Set(request.topics)]
        const s = (t: Topic) => (t === 'strategy' ? mentor.competencies.coaching : strength(mentor, t))
        const expected = topics.length === 0 ? 1 : topics.reduce((a, t) => a + Math.min(s(t), 5) / 5, 0) / topics.length
        const row = judge(w, 'topic-strength', { target: 5, sources }, mentor.id, mentee.id)
        expect(Math.abs(row.raw - expected)).toBeLessThanOrEqual(1e-12)
      }),
    )
  })
})
