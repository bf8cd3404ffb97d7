import { describe, expect, it } from 'vitest'
import { explainPairScore } from '../../src/pairing/explain.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import { orgOf, pair, person, programmeOf, request, rule } from './build.js'
import { right } from './laws.js'

const org = orgOf([
  person({ id: 'boss' }),
  person({ id: 'anouk', managerId: 'boss', startDate: '2015-03-01', expertise: { typescript: 4 } }),
  person({ id: 'bram', managerId: 'boss', startDate: '2025-09-01', expertise: { typescript: 1 } }),
  person({ id: 'cas', managerId: 'boss', startDate: '2025-01-01', teamSince: '2026-01-01', trained: false }),
])
const programme = programmeOf({
  formality: 'formal',
  mentees: [request('bram', ['strategy'], ['typescript'])],
  mentors: ['anouk', 'cas'],
  criteria: [
    rule('more-experienced', 'require'),
    rule('mentor-ready', 'require'),
    rule('expertise-coverage', 'prefer', 5),
    rule('same-team', 'prefer', 2),
  ],
  forbidden: [pair('cas', 'bram')],
})

describe('explainPairScore', () => {
  it('an eligible pair: the score and one line per criterion, in English and in Dutch', () => {
    const s = right(scorePair(org, programme, 'anouk', 'bram', '2026-11-01'))
    const en = explainPairScore(s, 'en').split('\n')
    const nl = explainPairScore(s, 'nl').split('\n')
    expect(en[0]).toBe('Mentor anouk for mentee bram: eligible, score 1.00.')
    expect(nl[0]).toBe('Mentor anouk voor mentee bram: mogelijk koppel, score 1,00.')
    // heading + one line per breakdown row (not-reporting-line is added to the four listed)
    expect(en).toHaveLength(2 + s.breakdown.length)
    expect(nl).toHaveLength(en.length)
    expect(en.some((l) => l.includes('typescript 4 vs 1'))).toBe(true)
    expect(nl.some((l) => l.includes('typescript 4 tegen 1'))).toBe(true)
  })

  it('an ineligible pair: why not and what would make it possible', () => {
    const s = right(scorePair(org, programme, 'cas', 'bram', '2026-11-01'))
    expect(s.eligible).toBe(false)
    const en = explainPairScore(s, 'en')
    const nl = explainPairScore(s, 'nl')
    expect(en).toContain('forbids the pair cas → bram')
    expect(en).toContain('Take the pair cas → bram off the forbidden list.')
    expect(en).toContain('cas completes the training in coaching techniques.')
    expect(nl).toContain('sluit het koppel cas → bram uit')
    expect(nl).toContain('cas volgt de training coachingstechnieken.')
    expect(nl.split('\n')).toHaveLength(en.split('\n').length)
  })

  it('says so when nothing can make the pair possible', () => {
    const s = right(scorePair(org, programme, 'boss', 'bram', '2026-11-01'))
    expect(explainPairScore(s, 'en')).toContain('No change to the programme or the people can make this pair possible.')
    expect(explainPairScore(s, 'nl')).toContain('Geen wijziging in het programma')
  })
})
