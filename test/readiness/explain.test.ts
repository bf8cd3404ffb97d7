import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { IsoDate } from '../../src/model/date.js'
import { COMPETENCIES, type Level } from '../../src/model/organisation.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import { explainInventory } from '../../src/readiness/explain-inventory.js'
import { explainGap, explainReadiness } from '../../src/readiness/explain.js'
import type { Gap } from '../../src/readiness/gap.js'
import { readinessInventory } from '../../src/readiness/inventory.js'
import type { Readiness } from '../../src/readiness/readiness.js'
import { arbPolicy } from '../programme/arbitraries.js'
import { arbParsedOrganisation } from '../../src/testing/organisation.js'
import { arbDate } from './arbitraries.js'

const formal = defaultPolicy('formal')

const arbGap: fc.Arbitrary<Gap> = fc.oneof(
  fc.constant<Gap>({ code: 'interest-missing' }),
  fc.constant<Gap>({ code: 'not-interested' }),
  fc
    .record({ required: fc.integer({ min: 1, max: 100 }), metOn: arbDate })
    .chain(({ required, metOn }) =>
      fc.integer({ min: 0, max: required - 1 }).map((actual): Gap => ({ code: 'tenure-below-minimum', required, actual, metOn })),
    ),
  fc
    .record({ competency: fc.constantFrom(...COMPETENCIES), required: fc.integer({ min: 1, max: 5 }) })
    .chain(({ competency, required }) =>
      fc.integer({ min: 0, max: required - 1 }).map(
        (actual): Gap => ({ code: 'competency-below-minimum', competency, required: required as Level, actual: actual as Level }),
      ),
    ),
  fc.constantFrom('coaching-techniques', 'mentoring-basics').map((required): Gap => ({ code: 'training-missing', required })),
  fc.integer({ min: 0, max: 20 }).map((load): Gap => ({ code: 'no-capacity', required: load + 1, actual: load })),
)

/** The figures of a gap that a manager must read in its sentence. */
const figures = (g: Gap): string[] =>
  g.code === 'tenure-below-minimum' || g.code === 'competency-below-minimum'
    ? [String(g.required), String(g.actual), ...(g.code === 'tenure-below-minimum' ? [g.metOn] : [])]
    : g.code === 'no-capacity'
      ? [String(g.actual)]
      : []

describe('explainGap', () => {
  it('reads as the issue asks, in Dutch and English', () => {
    const training: Gap = { code: 'training-missing', required: 'coaching-techniques' }
    expect(explainGap(training, 'nl', formal)).toBe('Nog geen training coachingstechnieken gevolgd (vereist voor een formeel programma).')
    expect(explainGap(training, 'en', formal)).toBe('Not yet trained in coaching techniques (required for a formal programme).')
    const tenure: Gap = { code: 'tenure-below-minimum', required: 2, actual: 1, metOn: '2027-03-01' as IsoDate }
    expect(explainGap(tenure, 'nl', formal)).toContain('2 jaar in het team vereist')
    expect(explainGap(tenure, 'nl', formal)).toContain('nu 1; gehaald op 2027-03-01')
    expect(explainGap(tenure, 'en', formal)).toContain('2 years in the team required')
  })

  it('says advised for an advised rule, and neither without a policy', () => {
    const training: Gap = { code: 'training-missing', required: 'coaching-techniques' }
    expect(explainGap(training, 'nl', defaultPolicy('structured'))).toBe(
      'Nog geen training coachingstechnieken gevolgd (aangeraden voor een gestructureerd programma).',
    )
    expect(explainGap(training, 'en')).toBe('Not yet trained in coaching techniques.')
  })

  it('every gap reads as one sentence in each language, with its figures, whatever the policy', () => {
    fc.assert(
      fc.property(arbGap, fc.option(arbPolicy(6), { nil: undefined }), (gap, policy) => {
        const en = explainGap(gap, 'en', policy)
        const nl = explainGap(gap, 'nl', policy)
        for (const s of [en, nl]) {
          expect(s).toMatch(/^[A-Z0-9].*\.$/s)
          expect(s).not.toMatch(/undefined|null|NaN|\[object/)
          for (const f of figures(gap)) expect(s).toContain(f)
        }
        expect(nl).not.toBe(en)
      }),
    )
  })
})

describe('explainReadiness', () => {
  it('gives the verdict, then one line per gap, then the advice', () => {
    fc.assert(
      fc.property(
        fc.array(arbGap, { maxLength: 4 }),
        fc.array(arbGap, { maxLength: 4 }),
        fc.constantFrom('en' as const, 'nl' as const),
        fc.constantFrom(...FORMALITY_LEVELS),
        (gaps, advice, locale, level) => {
          const r: Readiness = { employeeId: 'e1' as Readiness['employeeId'], status: gaps.length === 0 ? 'ready' : 'not-ready', gaps, advice }
          const lines = explainReadiness(r, locale, { policy: defaultPolicy(level), name: 'Anouk de Vries' }).split('\n')
          expect(lines[0]).toMatch(/^Anouk de Vries /)
          expect(lines).toHaveLength(1 + gaps.length + (advice.length === 0 ? 0 : 1 + advice.length))
          expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(gaps.length + advice.length)
        },
      ),
    )
  })

  it('reads naturally for a person who is not ready for a formal programme', () => {
    const r: Readiness = {
      employeeId: 'e1' as Readiness['employeeId'],
      status: 'not-ready',
      gaps: [{ code: 'training-missing', required: 'coaching-techniques' }],
      advice: [],
    }
    expect(explainReadiness(r, 'nl', { policy: formal, name: 'Anouk de Vries' })).toBe(
      'Anouk de Vries is nog niet klaar voor een mentorrol in een formeel programma:\n' +
        '- Nog geen training coachingstechnieken gevolgd (vereist voor een formeel programma).',
    )
    expect(explainReadiness({ ...r, status: 'ready', gaps: [] }, 'en')).toBe('e1 is ready for a mentor role.')
  })
})

describe('explainInventory', () => {
  it('names every team and every person, and the count of ready people', () => {
    fc.assert(
      fc.property(arbParsedOrganisation(), arbPolicy(6), arbDate, fc.constantFrom('en' as const, 'nl' as const), (org, policy, asOf, locale) => {
        const inv = readinessInventory(org, policy, asOf)
        if (E.isLeft(inv)) throw new Error(JSON.stringify(inv.left))
        const text = explainInventory(inv.right, locale, org)
        for (const t of org.teams) expect(text).toContain(`${t.name}: `)
        for (const e of org.employees) expect(text).toContain(`  ${e.name} `)
        expect(text.split('\n')[0]).toContain(`${inv.right.summary.ready} ${locale === 'nl' ? 'van' : 'of'} ${inv.right.summary.total}`)
      }),
    )
  })
})
