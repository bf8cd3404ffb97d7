/**
 * `explainMatching` on random matchings: every pair and every unmatched mentee appears, with the
 * strongest reason first, in both languages.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainMatching } from '../../src/matching/explain.js'
import type { MatchStrategy } from '../../src/matching/matching.js'
import { CRITERION_LABELS } from '../../src/i18n/sections/pairing.js'
import { isBuiltInCriterion } from '../../src/pairing/registry.js'
import { hostWorld, run } from './support.js'
import { arbTableWorld } from './table-world.js'

const arbWorld = fc.oneof(hostWorld(12, 6, 6), arbTableWorld())
const STRATEGIES: readonly MatchStrategy[] = ['optimal', 'stable', 'greedy']
const label = (c: string): string => (isBuiltInCriterion(c) ? CRITERION_LABELS.en[c] : c)

describe('explainMatching', () => {
  it('names every pair with its largest contribution first, and every unmatched mentee', () => {
    fc.assert(
      fc.property(arbWorld, fc.constantFrom(...STRATEGIES), ({ org, programme }, strategy) => {
        const m = run(org, programme, strategy)
        const lines = explainMatching(m, 'en', { nameOf: (id) => `<${id}>`, topReasons: 1 }).split('\n')
        for (const p of m.pairs) {
          const at = lines.indexOf(`- <${p.mentorId}> mentors <${p.menteeId}>: score ${p.score.toFixed(2)}${p.locked ? ' (locked by the programme)' : ''}.`)
          expect(at).toBeGreaterThan(0)
          const best = Math.max(0, ...p.breakdown.map((r) => r.contribution))
          const next = lines[at + 1] ?? ''
          if (best > 0) expect(p.breakdown.some((r) => r.contribution === best && next.startsWith(`    ${label(r.criterion)} +`))).toBe(true)
          else expect(next).toContain('no preference weighs in')
        }
        for (const u of m.unmatched) expect(lines).toContain(`- <${u.menteeId}>:`)
        expect(lines.some((l) => l.startsWith('Against the optimal matching'))).toBe(strategy !== 'optimal')
      }),
      { numRuns: 150 },
    )
  })

  it('says the same in Dutch, line for line', () => {
    fc.assert(
      fc.property(arbWorld, fc.constantFrom(...STRATEGIES), ({ org, programme }, strategy) => {
        const m = run(org, programme, strategy)
        const en = explainMatching(m, 'en').split('\n')
        const nl = explainMatching(m, 'nl').split('\n')
        expect(nl.length).toBe(en.length)
        expect(nl[0]).toMatch(/koppeling: \d+ van \d+ mentees? gekoppeld/)
      }),
      { numRuns: 100 },
    )
  })
})
