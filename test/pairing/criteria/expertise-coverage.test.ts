import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Employee } from '../../../src/model/organisation.js'
import { arbPair, judge } from './judge.js'

const lvl = (e: Employee, area: string): number => e.expertise[area] ?? 0

describe('expertise-coverage', () => {
  it('raw is the share of distinct development areas where the mentor leads by at least minLead (1 when none)', () => {
    fc.assert(
      fc.property(arbPair, fc.integer({ min: 0, max: 5 }), ({ w, request, mentor, mentee }, minLead) => {
        const areas = [...new Set(request.developmentAreas)]
        const covered = areas.filter((a) => lvl(mentor, a) - lvl(mentee, a) >= minLead).length
        const row = judge(w, 'expertise-coverage', { minLead }, mentor.id, mentee.id)
        expect(row.raw).toBe(areas.length === 0 ? 1 : covered / areas.length)
      }),
    )
  })
})
