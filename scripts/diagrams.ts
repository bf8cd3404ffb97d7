/**
 * The state diagrams in the docs: which machine goes under which heading of which file, and how a
 * diagram is written into its section. `scripts/generate-diagrams.ts` writes them;
 * `test/machine/diagrams.test.ts` fails when a committed one is stale.
 *
 * To add a machine, add a row to {@link DIAGRAMS}, e.g.
 * `{ machine: mentorship, file: 'docs/lifecycle.md', heading: '## The mentorship machine' }`.
 */
import { mentorship } from '../src/mentorship/machine.js'
import { mentorRole } from '../src/readiness/mentor-role.js'

export interface Diagram {
  readonly machine: { readonly name: string; toMermaid(): string }
  /** The Markdown file, relative to the repository root. */
  readonly file: string
  /** The heading line of the section the diagram goes in (created at the end when missing). */
  readonly heading: string
}

export const DIAGRAMS: readonly Diagram[] = [
  { machine: mentorRole, file: 'docs/readiness.md', heading: '## The mentor-role machine' },
  { machine: mentorship, file: 'docs/lifecycle.md', heading: '## The mentorship machine' },
]

const FENCE = '```'

/**
 * `markdown` with `mermaid` as the diagram of the section under `heading`: the section's first
 * mermaid block is replaced, or a block is added at the end of the section (and the section at
 * the end of the file when there is none). The rest of the text is left exactly as it was.
 */
export const withDiagram = (markdown: string, heading: string, mermaid: string): string => {
  const block = [`${FENCE}mermaid`, ...mermaid.split('\n'), FENCE]
  const lines = markdown.split('\n')
  const start = lines.indexOf(heading)
  if (start < 0) {
    const body = markdown.replace(/\n*$/, '')
    return `${body === '' ? '' : `${body}\n\n`}${[heading, '', ...block].join('\n')}\n`
  }
  const next = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l))
  const end = next < 0 ? lines.length : next
  const open = lines.findIndex((l, i) => i > start && i < end && l === `${FENCE}mermaid`)
  const close = open < 0 ? -1 : lines.findIndex((l, i) => i > open && i < end && l === FENCE)
  if (open >= 0 && close >= 0) return [...lines.slice(0, open), ...block, ...lines.slice(close + 1)].join('\n')
  let last = end
  while (last > start + 1 && lines[last - 1] === '') last -= 1
  const tail = lines.slice(end)
  return [...lines.slice(0, last), '', ...block, ...(tail.length > 0 ? ['', ...tail] : [''])].join('\n')
}
