import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { langFromEnv, parseInvocation } from '../../src/cli/args.js'

describe('command-line arguments', () => {
  it('never throws, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('--format', '--lang', '--level', '-h', 'match', '-'))), (argv) => {
        const r = parseInvocation(argv, undefined)
        expect(['Left', 'Right']).toContain(r._tag)
      }),
    )
  })

  it('takes the language from LANG: nl when it starts with nl, else en', () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        expect(langFromEnv(`nl${rest}`)).toBe('nl')
        expect(langFromEnv(`NL${rest}`)).toBe('nl')
        if (!rest.toLowerCase().startsWith('nl')) expect(langFromEnv(`x${rest}`)).toBe('en')
      }),
    )
    expect(langFromEnv(undefined)).toBe('en')
  })

  it('an explicit --lang wins over LANG', () => {
    const r = parseInvocation(['validate', 'a.json', '--lang', 'en'], 'nl_NL.UTF-8')
    expect(r._tag === 'Right' && r.right.common.lang).toBe('en')
  })

  it('reads each command with its files and options', () => {
    const m = parseInvocation(['match', 'o.json', 'p.json', '--strategy', 'stable', '--format', 'json'], 'C')
    expect(m).toEqual({
      _tag: 'Right',
      right: { command: 'match', org: 'o.json', programme: 'p.json', strategy: 'stable', common: { format: 'json', lang: 'en' } },
    })
    const r = parseInvocation(['readiness', '-', '--level', 'formal', '--as-of', '2026-01-01'], 'nl_BE')
    expect(r).toEqual({
      _tag: 'Right',
      right: { command: 'readiness', org: '-', level: 'formal', asOf: '2026-01-01', common: { format: 'table', lang: 'nl' } },
    })
  })

  it.each([
    [[], 'usage-no-command'],
    [['frobnicate'], 'usage-unknown-command'],
    [['validate'], 'usage-arity'],
    [['match', 'a.json'], 'usage-arity'],
    [['readiness', 'a.json'], 'usage-missing-option'],
    [['readiness', 'a.json', '--level', 'casual'], 'usage-invalid-value'],
    [['validate', 'a.json', '--format', 'xml'], 'usage-invalid-value'],
    [['validate', 'a.json', '--strategy', 'stable'], 'usage-option-not-taken'],
    [['validate', 'a.json', '--bogus'], 'usage-parse'],
  ])('wrong usage %j is refused with %s', (argv, code) => {
    const r = parseInvocation(argv, undefined)
    expect(r._tag === 'Left' && r.left.problem.code).toBe(code)
  })

  it('--help and help COMMAND ask for help', () => {
    expect(parseInvocation(['--help'], undefined)).toMatchObject({ _tag: 'Right', right: { command: 'help', topic: null } })
    expect(parseInvocation(['help', 'match'], undefined)).toMatchObject({ _tag: 'Right', right: { command: 'help', topic: 'match' } })
    expect(parseInvocation(['validate', '--help'], undefined)).toMatchObject({ _tag: 'Right', right: { topic: 'validate' } })
  })
})
