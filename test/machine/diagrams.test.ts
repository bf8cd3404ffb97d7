import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIAGRAMS, withDiagram } from '../../scripts/diagrams.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('diagrams in the docs', () => {
  for (const { machine, file, heading } of DIAGRAMS) {
    it(`${file} holds the current diagram of ${machine.name} (else run: npx tsx scripts/generate-diagrams.ts)`, () => {
      const text = readFileSync(join(root, file), 'utf8')
      expect(text.split('\n')).toContain(heading)
      expect(withDiagram(text, heading, machine.toMermaid())).toBe(text)
    })
  }
})

describe('withDiagram', () => {
  const doc = ['# Title', '', '## A', 'text a', '', '## B', 'text b', '```mermaid', 'old', '```', 'after', '', '## C', 'text c', ''].join('\n')

  it('replaces the block of its section only, leaving every other line as it was', () => {
    const out = withDiagram(doc, '## B', 'new\ndiagram')
    expect(out).toBe(doc.replace('```mermaid\nold\n```', '```mermaid\nnew\ndiagram\n```'))
  })

  it('adds a block at the end of a section without one, before the next heading', () => {
    expect(withDiagram(doc, '## A', 'x')).toBe(doc.replace('text a\n\n## B', 'text a\n\n```mermaid\nx\n```\n\n## B'))
  })

  it('adds the section at the end when the heading is missing, and makes a file from nothing', () => {
    expect(withDiagram(doc, '## D', 'x')).toBe(`${doc.trimEnd()}\n\n## D\n\n\`\`\`mermaid\nx\n\`\`\`\n`)
    expect(withDiagram('', '## D', 'x')).toBe('## D\n\n```mermaid\nx\n```\n')
  })

  it('is idempotent: writing the same diagram twice changes nothing the second time', () => {
    const headings = fc.constantFrom('## A', '## B', '## C', '## D')
    const diagram = fc.array(fc.stringMatching(/^[a-z >:-]{0,12}$/), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'))
    fc.assert(
      fc.property(headings, diagram, (h, d) => {
        const once = withDiagram(doc, h, d)
        expect(withDiagram(once, h, d)).toBe(once)
      }),
    )
  })
})
