import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/i18n/locale.js'
import { EVENT_LABELS, machine, ROLE_LABELS, STATUS_LABELS } from '../../src/i18n/sections/machine.js'
import { ROLES } from '../../src/machine/actor.js'
import { explainFailed, explainRefusal } from '../../src/machine/explain.js'
import { REFUSAL_CODES, type Refusal } from '../../src/machine/refusal.js'

const arbRefusal: fc.Arbitrary<Refusal<string, string, unknown>> = fc.oneof(
  fc.record({ code: fc.constant('not-allowed-in-state' as const), status: fc.string(), event: fc.string() }),
  fc.record({ code: fc.constant('actor-not-permitted' as const), role: fc.string(), event: fc.string() }),
  fc.record({ code: fc.constant('guard-failed' as const), event: fc.string(), failed: fc.array(fc.anything()) }),
  fc.record({ code: fc.constant('version-conflict' as const), expected: fc.nat(), actual: fc.nat() }),
  fc.record({ code: fc.constant('out-of-order' as const), at: fc.string(), last: fc.string() }),
)

describe('refusal messages', () => {
  it('English and Dutch have the same codes, and every refusal code has a message', () => {
    expect(Object.keys(machine.nl).sort()).toEqual(Object.keys(machine.en).sort())
    for (const code of REFUSAL_CODES) expect(Object.keys(machine.en)).toContain(code)
  })

  it('status, event and role names exist in both languages for the same codes', () => {
    for (const labels of [STATUS_LABELS, EVENT_LABELS, ROLE_LABELS]) {
      expect(Object.keys(labels.nl).sort()).toEqual(Object.keys(labels.en).sort())
    }
    expect(Object.keys(ROLE_LABELS.en).sort()).toEqual([...ROLES].sort())
  })

  it('explainRefusal renders any refusal, even with unknown codes and odd requirements, without throwing', () => {
    fc.assert(
      fc.property(arbRefusal, fc.constantFrom(...LOCALES), (r, locale) => {
        expect(explainRefusal(r, locale).length).toBeGreaterThan(0)
      }),
    )
  })

  it('uses the Dutch names in Dutch', () => {
    expect(explainRefusal({ code: 'actor-not-permitted', role: 'mentee', event: 'approve' }, 'nl')).toBe(
      'Een mentee mag hier niet "goedkeuren".',
    )
    expect(explainRefusal({ code: 'not-allowed-in-state', status: 'withdrawn', event: 'approve' }, 'nl')).toBe(
      '"Goedkeuren" kan niet in de toestand "teruggetrokken".',
    )
    expect(explainRefusal({ code: 'not-allowed-in-state', status: 'withdrawn', event: 'approve' }, 'en')).toBe(
      '"Approve" is not possible in the state "withdrawn".',
    )
  })

  it('renders each failed requirement, with the given renderer', () => {
    const r = { code: 'guard-failed', event: 'withdraw', failed: [{ code: 'mentor-has-mentees', count: 2 }] } as const
    expect(explainRefusal(r, 'en')).toBe('"Withdraw" is not possible yet: Still mentoring 2 mentees: release them first.')
    expect(explainRefusal(r, 'nl')).toContain('Begeleidt nog 2 mentees')
    expect(explainRefusal({ code: 'guard-failed', event: 'x', failed: [1, 2] }, 'en', (n) => `#${n}`)).toContain('#1 #2')
    expect(explainFailed({ code: 'something-else' }, 'en')).toBe('something-else.')
    expect(explainFailed({ code: 'training-missing', required: 'coaching-techniques' }, 'nl')).toBe(
      'Nog geen training coachingstechnieken gevolgd.',
    )
    expect(explainFailed({ code: 'unknown-employee', id: 'e9' }, 'en')).toContain('e9')
  })
})
