/**
 * The TSDoc check can fail: on a small in-memory library it reports the export without TSDoc,
 * the one without `@example`, the one without `@since`, and the example that does not compile,
 * and it accepts the good ones (an aliased re-export, a type-only export, an example with a
 * fenced block, an unused import, a fixture, an example that declares a public name itself).
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkTsdoc, topLevelNames, type TsdocReport } from './tsdoc-check.js'
import { exampleCode, parseDoc } from './tsdoc-parse.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const dir = 'test/docs/.tsdoc-fake'

const inner = `
/**
 * Twice \`n\`.
 * @example
 * \`\`\`ts
 * import { twice as t } from 'fake'
 * t(2) // => 4
 * \`\`\`
 * @since 0.1.0
 */
export const double = (n: number): number => 2 * n
`

const entry = `
export { double as twice } from './inner.js'

/** A size. @example const s: Size = 3 @since 0.1.0 */
export type Size = number

/**
 * Half of \`n\`.
 * @example
 * import { readFileSync } from 'node:fs'
 * const twice = (n: number) => n // shadows the public name
 * half(twice(fixture)) // => 1.5
 * @since 0.1.0
 */
export const half = (n: number): number => n / 2

/**
 * Broken on purpose.
 * @example
 * const n: string = half(2)
 * @since 0.1.0
 */
export const broken = (): void => undefined

/**
 * No example.
 * @since 0.1.0
 */
export const bare = 1

/**
 * No since.
 * @example
 * noSince
 */
export const noSince = 2

export const undocumented = 3
`

describe('the TSDoc check', () => {
  let report: TsdocReport
  beforeAll(() => {
    report = checkTsdoc({
      root,
      entries: [{ file: `${dir}/entry.ts`, specifier: 'fake' }],
      fixtures: [{ name: 'fixture', type: 'Size' }],
      overlay: new Map([
        [`${dir}/entry.ts`, entry],
        [`${dir}/inner.ts`, inner],
      ]),
      scratch: `${dir}/examples`,
    })
  }, 120_000)

  it('collects every export, following re-exports to the declaration', () => {
    expect(report.exports.map((e) => e.name).sort()).toEqual(['bare', 'broken', 'half', 'noSince', 'Size', 'twice', 'undocumented'].sort())
    expect(report.exports.find((e) => e.name === 'twice')?.docs[0]?.file).toBe(`${dir}/inner.ts`)
    expect(report.exports.find((e) => e.name === 'Size')?.typeOnly).toBe(true)
  })

  it('lists every export without TSDoc, @example or @since, and only those', () => {
    expect(report.problems).toEqual([
      expect.stringMatching(/^bare \[fake\] .*entry\.ts:\d+: missing an @example$/),
      expect.stringMatching(/^noSince \[fake\] .*entry\.ts:\d+: missing @since$/),
      expect.stringMatching(/^undocumented \[fake\] .*entry\.ts:\d+: no TSDoc comment$/),
    ])
  })

  it('reports the example that does not compile, with its line, and accepts the others', () => {
    expect(report.examples).toBe(5)
    expect(report.failures).toHaveLength(1)
    const [failure] = report.failures
    expect(failure?.name).toBe('broken')
    const line = entry.split('\n').findIndex((l) => l.includes('const n: string')) + 1
    expect(failure?.line).toBe(line)
    expect(failure?.messages.join('\n')).toMatch(new RegExp(`^line ${line}: TS2322: Type 'number' is not assignable to type 'string'`))
  })
})

describe('reading TSDoc comments', () => {
  it('finds tags at the start of a line and known tags in the middle of one', () => {
    const doc = parseDoc('/** Summary. @example f(1) @since 0.1.0 */', 1)
    expect(doc.summary).toBe('Summary.')
    expect(doc.tags.map((t) => [t.name, t.lines.map((l) => l.text).join('\n')])).toEqual([['example', 'f(1)'], ['since', '0.1.0']])
  })

  it('takes nothing inside a fence or a code span for a tag', () => {
    const raw = ['/**', ' * Uses `@since` in prose.', ' * @example', ' * ```ts', ' * @decorated()', ' * f(1) // see @since', ' * ```', ' * @since 0.1.0', ' */'].join('\n')
    const doc = parseDoc(raw, 10)
    expect(doc.summary).toBe('Uses `@since` in prose.')
    expect(doc.tags.map((t) => t.name)).toEqual(['example', 'since'])
    const code = exampleCode(doc.tags[0] ?? { name: '', lines: [] })
    expect(code).toEqual({ code: '@decorated()\nf(1) // see @since', lines: [14, 15] })
  })

  it('keeps the prose outside a fence out of the code, and takes a whole unfenced tag as code', () => {
    const fenced = parseDoc(['/**', ' * @example Title', ' * ```ts', ' * a()', ' * ```', ' * After.', ' */'].join('\n'), 1)
    expect(exampleCode(fenced.tags[0] ?? { name: '', lines: [] }).code).toBe('a()')
    const bare = parseDoc(['/**', ' * @example', ' * a()', ' * // => 1', ' */'].join('\n'), 1)
    expect(exampleCode(bare.tags[0] ?? { name: '', lines: [] })).toEqual({ code: 'a()\n// => 1', lines: [3, 4] })
  })

  it('knows the names an example declares or imports', () => {
    const names = topLevelNames("import { a, b as c } from 'x'\nimport * as E from 'y'\nconst { d, e: [f] } = g\ntype T = 1\nfunction h() {}")
    expect([...names].sort()).toEqual(['E', 'T', 'a', 'c', 'd', 'f', 'h'])
  })
})
