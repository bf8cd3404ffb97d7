import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { render } from '../../src/i18n/messages.js'
import { DEFAULT_POLICIES, defaultPolicy } from '../../src/programme/defaults.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import { explainPolicyError } from '../../src/programme/explain-policy.js'
import { overridePolicy, parsePolicy } from '../../src/programme/parse-policy.js'
import type { ProgrammePolicy } from '../../src/programme/policy.js'
import { arbPartOf, arbPolicy, at, leaves, setAt } from './arbitraries.js'

const issuesOf = (r: E.Either<{ readonly issues: readonly { code: string; path: readonly (string | number)[] }[] }, unknown>) =>
  E.isLeft(r) ? r.left.issues.map((i) => ({ code: i.code, path: i.path })) : 'right'

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/** Values that are wrong for any leaf of a policy, with the issue code each must give. */
const badFor = (value: unknown): fc.Arbitrary<unknown> =>
  typeof value === 'number'
    ? fc.constantFrom(-1, 1.5, 1000, '3', null)
    : typeof value === 'boolean'
      ? fc.constantFrom('yes', 0, null)
      : typeof value === 'string'
        ? fc.constantFrom(42, '', null, [])
        : fc.constantFrom(42, 'x', null, [])

describe('parsePolicy', () => {
  it('a level alone is that level\'s default policy', () => {
    for (const level of FORMALITY_LEVELS) expect(parsePolicy({ level })).toEqual(E.right(DEFAULT_POLICIES[level]))
  })

  it('round trip: every valid complete policy parses to itself, also through JSON', () => {
    fc.assert(
      fc.property(arbPolicy(), (p) => {
        expect(parsePolicy(json(p))).toEqual(E.right(p))
      }),
    )
  })

  it('merge law: every leaf comes from the input when given there, else from the level\'s default', () => {
    fc.assert(
      fc.property(
        arbPolicy().chain((p) => fc.tuple(fc.constant(p), arbPartOf(p))),
        ([p, part]) => {
          const input = { ...(part as object), level: p.level }
          const r = parsePolicy(input)
          if (E.isLeft(r)) throw new Error(JSON.stringify(r.left.issues))
          const base = defaultPolicy(p.level)
          for (const [path, value] of leaves(r.right)) {
            const given = at(input, path)
            expect(value).toEqual(given !== undefined ? given : at(base, path))
          }
          // and nothing is lost: every leaf of the base and of the input is in the result
          for (const [path] of [...leaves(base), ...leaves(input)]) expect(at(r.right, path)).not.toBeUndefined()
        },
      ),
    )
  })

  it('reports every problem at once: one issue per broken leaf, at exactly its path', () => {
    fc.assert(
      fc.property(
        arbPolicy().chain((p) => {
          const spots = leaves(p).filter(([path]) => path[0] !== 'level')
          return fc.tuple(
            fc.constant(p),
            fc.uniqueArray(fc.constantFrom(...spots), { minLength: 1, maxLength: 6, selector: ([path]) => path.join('.') }).chain((chosen) =>
              fc.tuple(...chosen.map(([path, v]) => badFor(v).map((bad) => [path, bad] as const))),
            ),
          )
        }),
        ([p, broken]) => {
          const input = broken.reduce<unknown>((acc, [path, bad]) => setAt(acc, path, bad), p)
          const found = issuesOf(parsePolicy(input))
          expect(found).not.toBe('right')
          const paths = (found === 'right' ? [] : found).map((i) => i.path.join('.')).sort()
          expect(paths).toEqual(broken.map(([path]) => path.join('.')).sort())
        },
      ),
    )
  })

  it('names the issues: missing level, unknown keys with what is allowed, out-of-range figures, unknown options', () => {
    const r = parsePolicy({
      mentor: { tenure: { minYears: -1, years: 2 }, competencies: { minimum: { planning: 6, empathy: 3 } } },
      mentorship: { reports: { requirement: 'sometimes', cadenceWeeks: 0 } },
    })
    expect(issuesOf(r)).toEqual(
      expect.arrayContaining([
        { code: 'missing-field', path: ['level'] },
        { code: 'policy-out-of-range', path: ['mentor', 'tenure', 'minYears'] },
        { code: 'unknown-key', path: ['mentor', 'tenure', 'years'] },
        { code: 'level-out-of-range', path: ['mentor', 'competencies', 'minimum', 'planning'] },
        { code: 'unknown-key', path: ['mentor', 'competencies', 'minimum', 'empathy'] },
        { code: 'invalid-option', path: ['mentorship', 'reports', 'requirement'] },
        { code: 'policy-out-of-range', path: ['mentorship', 'reports', 'cadenceWeeks'] },
      ]),
    )
    expect(issuesOf(r)).toHaveLength(7)
    const unknown = E.isLeft(r) ? r.left.issues.find((i) => i.code === 'unknown-key') : undefined
    expect(unknown?.params).toEqual({ key: 'years', allowed: ['requirement', 'minYears'] })
    expect(unknown?.message).toMatch(/years.*requirement, minYears/)
    const range = E.isLeft(r) ? r.left.issues.find((i) => i.code === 'policy-out-of-range') : undefined
    expect(range && render('nl', 'policy-out-of-range', range.params as never)).toBe(
      'Verwacht een geheel getal van 0 tot en met 100, ontvangen: -1.',
    )
  })

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parsePolicy(input)
        expect(E.isLeft(r) || E.isRight(r)).toBe(true)
        const o = overridePolicy(defaultPolicy('formal'), input)
        expect(E.isLeft(o) || E.isRight(o)).toBe(true)
      }),
    )
  })

  it('refuses a __proto__ key instead of merging it', () => {
    const r = parsePolicy(JSON.parse('{"level":"formal","mentor":{"__proto__":{"polluted":true}}}'))
    expect(issuesOf(r)).toEqual([{ code: 'unknown-key', path: ['mentor', '__proto__'] }])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('overridePolicy', () => {
  it('no overrides leave the base as it is', () => {
    fc.assert(
      fc.property(arbPolicy(), (p) => {
        expect(overridePolicy(p, {})).toEqual(E.right(p))
      }),
    )
  })

  it('merge law: a part of a policy laid over another gives the part where given, the base elsewhere', () => {
    fc.assert(
      fc.property(
        fc.tuple(arbPolicy(), arbPolicy()).chain(([base, other]) => fc.tuple(fc.constant(base), arbPartOf(other))),
        ([base, part]) => {
          const r = overridePolicy(base, part)
          if (E.isLeft(r)) throw new Error(JSON.stringify(r.left.issues))
          for (const [path, value] of leaves(r.right)) {
            const given = at(part, path)
            expect(value).toEqual(given !== undefined ? given : at(base, path))
          }
        },
      ),
    )
  })

  it('a complete policy of the same level as overrides replaces the base entirely', () => {
    fc.assert(
      fc.property(arbPolicy(), arbPolicy(), (base, p) => {
        const same: ProgrammePolicy = { ...p, level: base.level }
        expect(overridePolicy(base, same)).toEqual(E.right(same))
      }),
    )
  })

  it('refuses another level, and reports it with the other problems', () => {
    const r = overridePolicy(defaultPolicy('structured'), { level: 'formal', newcomerMonths: -3 })
    expect(issuesOf(r)).toEqual([
      { code: 'policy-out-of-range', path: ['newcomerMonths'] },
      { code: 'policy-level-mismatch', path: ['level'] },
    ])
    expect(E.isLeft(r) && r.left.issues[1]?.message).toBe(
      "The overrides name the level formal, but the programme's level is structured; leave the level out.",
    )
    expect(overridePolicy(defaultPolicy('structured'), { level: 'structured' })).toEqual(E.right(defaultPolicy('structured')))
  })

  it('reports an invalid base too, with its paths', () => {
    const base = { ...defaultPolicy('formal'), newcomerMonths: -1 }
    expect(issuesOf(overridePolicy(base, {}))).toEqual([{ code: 'policy-out-of-range', path: ['newcomerMonths'] }])
  })

  it('replaces the competency minimums as a whole: a programme can ask for coaching instead of didactics', () => {
    const minimum = { planning: 3, 'goal-setting': 3, coaching: 2 }
    const r = overridePolicy(defaultPolicy('formal'), { mentor: { competencies: { minimum } } })
    expect(E.isRight(r) && r.right.mentor.competencies).toEqual({ requirement: 'required', minimum })
  })
})

describe('explainPolicyError', () => {
  it('lists every issue with its path, in Dutch and English', () => {
    const r = parsePolicy({ level: 'formal', mentor: { tenure: { minYears: -1 } }, extra: true })
    if (E.isRight(r)) throw new Error('expected a Left')
    const nl = explainPolicyError(r.left, 'nl').split('\n')
    expect(nl[0]).toBe('Het beleid is niet geldig (2 problemen):')
    expect(nl.slice(1)).toEqual([
      '- mentor.tenure.minYears: Verwacht een geheel getal van 0 tot en met 100, ontvangen: -1.',
      `- extra: ${render('nl', 'unknown-key', { key: 'extra', allowed: ['level', 'newcomerMonths', 'mentor', 'mentorship'] })}`,
    ])
    expect(explainPolicyError(r.left, 'en')).toContain('The policy is not valid (2 problems):')
  })
})
