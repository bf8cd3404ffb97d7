import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explain, type Explainable } from '../../src/explain/explain.js'
import { explainRefusal } from '../../src/machine/explain.js'
import { parseOrganisation } from '../../src/model/parse.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { assessReadiness } from '../../src/readiness/assess.js'
import { explainGap, explainReadiness } from '../../src/readiness/explain.js'
import { arbOrganisation } from '../../src/testing/organisation.js'

describe('explain', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('en' as const, 'nl' as const), (v, locale) => {
        expect(typeof explain(v as Explainable, locale)).toBe('string')
      }),
    )
  })

  it('renders every issue of an invalid organisation with its path; in English, with the issue\'s own message', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parseOrganisation(input)
        if (r._tag === 'Right') return
        const en = explain(r.left, 'en').split('\n')
        expect(en).toHaveLength(r.left.issues.length)
        r.left.issues.forEach((i, k) => expect(en[k]).toContain(i.message))
        expect(explain(r.left, 'nl').split('\n')).toHaveLength(r.left.issues.length)
      }),
      { numRuns: 200 },
    )
  })

  it('renders readiness results and their gaps as the readiness module does', () => {
    fc.assert(
      fc.property(arbOrganisation(), fc.constantFrom('encouraged' as const, 'formal' as const), (input, level) => {
        const org = parseOrganisation(input)
        if (org._tag === 'Left' || org.right.employees.length === 0) return
        const id = org.right.employees[0]?.id ?? ''
        const r = assessReadiness(org.right, id, defaultPolicy(level), '2026-11-01')
        if (r._tag === 'Left') throw new Error('readiness failed')
        expect(explain(r.right, 'nl')).toBe(explainReadiness(r.right, 'nl'))
        for (const g of r.right.gaps) expect(explain(g, 'en')).toBe(explainGap(g, 'en'))
      }),
      { numRuns: 30 },
    )
  })

  it('renders matchings and pair scores as the matching and pairing modules do', async () => {
    const { readFileSync } = await import('node:fs')
    const { match } = await import('../../src/matching/match.js')
    const { explainMatching } = await import('../../src/matching/explain.js')
    const { parseProgramme } = await import('../../src/programme/parse-programme.js')
    const { scorePair } = await import('../../src/pairing/score-pair.js')
    const { explainPairScore } = await import('../../src/pairing/explain.js')
    const read = (f: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/data/${f}`, import.meta.url), 'utf8'))
    const org = parseOrganisation(read('organisation.json'))
    if (org._tag === 'Left') throw new Error('org')
    const programme = parseProgramme(read('programme.json'), org.right)
    if (programme._tag === 'Left') throw new Error('programme')
    const m = match(org.right, programme.right)
    if (m._tag === 'Left') throw new Error('match')
    expect(explain(m.right, 'nl')).toBe(explainMatching(m.right, 'nl'))
    const pair = m.right.pairs[0]
    if (pair === undefined) throw new Error('no pair')
    const score = scorePair(org.right, programme.right, pair.mentorId, pair.menteeId, '2026-11-01')
    if (score._tag === 'Left') throw new Error('score')
    expect(explain(score.right, 'en')).toBe(explainPairScore(score.right, 'en'))

    // With the organisation, people are named: every pair's mentor and mentee by name, no id left.
    const named = explain(m.right, 'en', { org: org.right })
    const nameOf = (id: string) => org.right.employees.find((e) => e.id === id)?.name ?? '<missing>'
    for (const p of m.right.pairs) expect(named).toContain(`${nameOf(p.mentorId)}`)
    for (const u of m.right.unmatched) expect(named).toContain(nameOf(u.menteeId))
    const ids = new Set(org.right.employees.map((e) => e.id as string))
    expect(named.split(/[\s:,.()]+/).filter((w) => ids.has(w))).toEqual([])
    const pairText = explain(score.right, 'nl', { org: org.right })
    expect(pairText).toContain(nameOf(pair.mentorId))
    expect(pairText).toContain(nameOf(pair.menteeId))
  })

  it('an issue whose code is also a refusal code is rendered as an issue, with its path', () => {
    const i = { code: 'actor-not-permitted', path: [3, 'actor'], params: { role: 'mentee', event: 'review-report' }, message: 'x' }
    expect(explain(i, 'en')).toMatch(/^\[3\]\.actor: /)
  })

  it('a guard-failed refusal names every failed requirement in words, not as codes', () => {
    const refusal = { code: 'guard-failed', event: 'formalise', failed: [{ code: 'plan-missing' }, { code: 'goals-missing' }] } as const
    for (const locale of ['en', 'nl'] as const) {
      const text = explain(refusal, locale)
      expect(text).not.toContain('plan-missing')
      expect(text).not.toContain('goals-missing')
    }
  })

  it('renders refusals as the machine core does, and unknown employees by id', () => {
    const refusal = { code: 'actor-not-permitted', role: 'mentee', event: 'review-report' } as const
    expect(explain(refusal, 'nl')).toBe(explainRefusal(refusal, 'nl'))
    expect(explain({ code: 'unknown-employee', id: 'e99', message: '' }, 'nl')).toContain('e99')
  })
})
