/**
 * The snippets of docs/getting-started.md and README.md cannot rot: every ```ts block is taken from the page,
 * the blocks are joined in order into one script (they build on each other), the imports from
 * 'mentorschap' are pointed at this repository's src/index.ts, and the script runs as a child
 * process (`node --import tsx`). It must exit with 0, and what each block prints must be the
 * ```text block that follows it on the page (where a line `…` stands for lines left out). The same script is also type-checked with the
 * project's strict compiler options, as a host's strict project would.
 *
 * When a message changes on purpose, refresh the page's output blocks with
 * `UPDATE_DOCS=1 npx vitest run test/docs` (like a snapshot update) and review the diff.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { matchesShown, refreshed } from './elision.js'
import { fences } from './markdown.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A ```ts block and the ```text block right after it (its printed output), if any. */
interface Snippet {
  readonly line: number
  readonly code: string
  readonly output: string | null
  /** The 0-based line range of the output block's body, to rewrite it in update mode. */
  readonly outputLines: readonly [number, number] | null
}

/** The ts blocks, each with the text block that directly follows it (blank lines between allowed). */
const snippets = (markdown: string): Snippet[] => {
  const lines = markdown.split('\n')
  const blocks = fences(markdown)
  return blocks.flatMap((b, k) => {
    if (b.lang !== 'ts') return []
    const next = blocks[k + 1]
    const between = next === undefined ? [] : lines.slice(b.end + 1, next.line - 1)
    const adjacent = next !== undefined && next.lang === 'text' && between.every((l) => l.trim() === '')
    return [
      {
        line: b.line,
        code: b.body,
        output: adjacent ? next.body : null,
        outputLines: adjacent ? ([next.line, next.end] as const) : null,
      },
    ]
  })
}

const IMPORT = /^import\s+\{([^}]*)\}\s+from\s+'([^']+)'\s*;?[ \t]*$/gm

/** Join the snippets into one module: merged imports first, then each body after a marker line. */
const assemble = (parts: readonly Snippet[], index: string): string => {
  const named = new Map<string, Set<string>>()
  const bodies = parts.map((s, k) => {
    const body = s.code.replace(IMPORT, (_all, names: string, from: string) => {
      const set = named.get(from) ?? new Set<string>()
      for (const n of names.split(',').map((x) => x.trim()).filter((x) => x !== '')) set.add(n)
      named.set(from, set)
      return ''
    })
    return `console.log(${JSON.stringify(marker(k))})\n${body}`
  })
  const imports = [...named].map(([from, names]) => {
    const target = from === 'mentorschap' ? index : from
    return `import { ${[...names].join(', ')} } from ${JSON.stringify(target)}`
  })
  return `${imports.join('\n')}\n${bodies.join('\n')}\n`
}

const marker = (k: number): string => `@@snippet ${k}@@`

/** The output of each snippet, from the whole script's stdout. */
const outputs = (stdout: string, count: number): string[] =>
  Array.from({ length: count }, (_, k) => {
    const start = stdout.indexOf(`${marker(k)}\n`)
    const end = k + 1 < count ? stdout.indexOf(`${marker(k + 1)}\n`) : stdout.length
    return start < 0 || end < 0 ? '<missing>' : stdout.slice(start + marker(k).length + 1, end).trimEnd()
  })

const dir = mkdtempSync(join(tmpdir(), 'mentorschap-docs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The pages, each with the least number of snippets it must have. */
const PAGES = [
  ['docs/getting-started.md', 5],
  ['README.md', 1],
] as const

for (const [page, least] of PAGES) {
  const markdown = readFileSync(join(root, page), 'utf8')
  const parts = snippets(markdown)
  const script = join(dir, `${page.replace(/\W/g, '-')}.mts`)
  writeFileSync(script, assemble(parts, join(root, 'src', 'index.ts')))

  describe(page, () => {
    it('has TypeScript snippets, each importing only from mentorschap or node:', () => {
      expect(parts.length).toBeGreaterThanOrEqual(least)
      for (const s of parts) {
        const sources = [...s.code.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '')
        expect(sources.every((x) => x === 'mentorschap' || x.startsWith('node:')), `snippet at line ${s.line}`).toBe(true)
        expect(s.code.replace(IMPORT, ''), `snippet at line ${s.line}: only named imports`).not.toMatch(/^import /m)
      }
    })

    it('runs every snippet in order, exits with 0, and prints what the page shows', () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const printed = outputs(run.stdout, parts.length)
      if (process.env['UPDATE_DOCS'] === '1') {
        const lines = markdown.split('\n')
        for (const [k, s] of [...parts.entries()].reverse()) {
          const fresh = s.output === null ? null : refreshed(s.output.trimEnd(), printed[k] ?? '')
          if (s.outputLines !== null && fresh !== null) lines.splice(s.outputLines[0], s.outputLines[1] - s.outputLines[0], ...fresh)
        }
        writeFileSync(join(root, page), lines.join('\n'))
        return
      }
      const wrong = parts.flatMap((s, k) =>
        s.output === null || matchesShown(s.output.trimEnd(), printed[k] ?? '') ? [] : [`snippet at line ${s.line} printed:\n${printed[k] ?? ''}`],
      )
      expect(wrong).toEqual([])
    })

    it('type-checks with the project’s strict compiler options', () => {
      const config = ts.readConfigFile(join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f))
      const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
      const program = ts.createProgram([script], { ...options, noEmit: true, allowImportingTsExtensions: true })
      const file = program.getSourceFile(script)
      const mine = file === undefined ? [] : [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]
      expect(file).toBeDefined()
      const text = mine.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      expect(text).toEqual([])
    })
  })
}
