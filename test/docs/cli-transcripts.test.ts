/**
 * The command-line transcripts of docs/cli.md and README.md cannot rot: every ```text block whose
 * first line starts with `$ ` is a transcript. Each command in it runs against the built binary
 * (as a child process, `LANG=en_US.UTF-8`, in a scratch folder that holds the page's example
 * files and a link to `examples/`), and what it prints must be what the page shows: standard
 * output, then `[stderr]` and standard error when there is any, then `[exit N]` when the page
 * shows it. A line `…` on the page stands for lines left out.
 *
 * A ```json block right after a line `<!-- file: NAME -->` is an input file of the page, written
 * to the scratch folder as NAME before the commands run.
 *
 * Supported command lines: `$ mentorschap ARGS`, `$ npx mentorschap ARGS` and
 * `$ echo 'TEXT' | mentorschap ARGS` (TEXT and a newline on standard input); arguments are split
 * at spaces, with '…' quoting. When output changes on purpose, `UPDATE_DOCS=1 npx vitest run
 * test/docs` rewrites the transcripts (keeping the number of lines shown around one `…`).
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from '../cli/binary.js'
import { matchesShown, refreshed } from './elision.js'
import { fences } from './markdown.js'

/** One command of a transcript, and what the page shows for it. */
interface Transcript {
  readonly line: number
  readonly command: string
  readonly shown: string
  /** The 0-based line range of the shown output, to rewrite it in update mode. */
  readonly range: readonly [number, number]
}

/** Split a shell word list at spaces, honouring single quotes. */
const words = (text: string): string[] => [...text.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')

const COMMAND = /^(?:echo '([^']*)' \| )?(?:npx )?mentorschap(?: ([^;|&$<>`]*))?$/

/** The transcripts of a page: one per `$` line of each ```text block that starts with `$ `. */
const transcripts = (markdown: string): Transcript[] =>
  fences(markdown)
    .filter((f) => f.lang === 'text' && f.body.startsWith('$ '))
    .flatMap((f) => {
      const lines = f.body.split('\n')
      const starts = lines.flatMap((l, k) => (l.startsWith('$ ') ? [k] : []))
      return starts.map((s, n) => {
        const next = starts[n + 1] ?? lines.length
        let stop = next
        while (stop > s + 1 && n + 1 < starts.length && (lines[stop - 1] ?? '').trim() === '') stop -= 1
        return {
          line: f.line + 1 + s,
          command: (lines[s] ?? '').slice(2),
          shown: lines.slice(s + 1, stop).join('\n'),
          range: [f.line + s + 1, f.line + stop] as const,
        }
      })
    })

/** The page's input files: each ```json block right after `<!-- file: NAME -->`. */
const inputFiles = (markdown: string): Map<string, string> => {
  const lines = markdown.split('\n')
  const files = new Map<string, string>()
  for (const f of fences(markdown)) {
    let k = f.line - 2
    while (k >= 0 && (lines[k] ?? '').trim() === '') k -= 1
    const named = /^<!-- file: (\S+) -->$/.exec(lines[k] ?? '')
    if (named !== null && f.lang === 'json') files.set(named[1] ?? '', `${f.body}\n`)
  }
  return files
}

/** What a command printed, in the page's notation. */
const printed = (bin: string, cwd: string, command: string): string => {
  const parsed = COMMAND.exec(command)
  if (parsed === null) return `<unsupported command line: ${command}>`
  const stdin = parsed[1] === undefined ? undefined : `${parsed[1]}\n`
  const r = runBinary(bin, words(parsed[2] ?? ''), { cwd, stdin, lang: 'en_US.UTF-8' })
  const out = r.stdout.replace(/\n$/, '')
  const err = r.stderr.replace(/\n$/, '')
  return [...(out === '' ? [] : [out]), ...(err === '' ? [] : ['[stderr]', err]), `[exit ${r.status ?? 'signal'}]`].join('\n')
}

/** The output without its `[exit N]` line, for transcripts that do not show it. */
const withoutExit = (text: string): string => text.replace(/\n?\[exit [^\]]*\]$/, '')

let bin = ''
const scratch = mkdtempSync(join(tmpdir(), 'mentorschap-transcripts-'))
symlinkSync(join(root, 'examples'), join(scratch, 'examples'), 'dir')
beforeAll(async () => {
  bin = await buildBinary()
})
afterAll(() => {
  rmSync(dirname(bin), { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

for (const page of ['docs/cli.md', 'README.md']) {
  const markdown = readFileSync(join(root, page), 'utf8')
  const found = transcripts(markdown)
  describe(`${page}: command-line transcripts`, () => {
    it('has transcripts, each of a supported command line', () => {
      expect(found.length).toBeGreaterThan(0)
      for (const t of found) expect(COMMAND.test(t.command), `line ${t.line}: ${t.command}`).toBe(true)
    })

    it('prints what the page shows for every command', () => {
      for (const [name, body] of inputFiles(markdown)) writeFileSync(join(scratch, name), body)
      const results = found.map((t) => {
        const actual = printed(bin, scratch, t.command)
        return { t, actual: /(^|\n)\[exit [^\]]*\]$/.test(t.shown) ? actual : withoutExit(actual) }
      })
      if (process.env['UPDATE_DOCS'] === '1') {
        const lines = markdown.split('\n')
        for (const { t, actual } of [...results].reverse()) {
          const fresh = COMMAND.test(t.command) ? refreshed(t.shown, actual) : null
          if (fresh !== null) lines.splice(t.range[0], t.range[1] - t.range[0], ...fresh)
        }
        writeFileSync(join(root, page), lines.join('\n'))
        return
      }
      const wrong = results.filter(({ t, actual }) => !matchesShown(t.shown, actual))
      expect(wrong.map(({ t, actual }) => `line ${t.line}: $ ${t.command}\n${actual}`)).toEqual([])
    })
  })
}
