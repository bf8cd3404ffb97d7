import { describe, expect, it } from 'vitest'
import { mermaidId } from '../../src/machine/mermaid.js'
import { parseMermaid } from './parse-mermaid.js'
import { door } from './toy.js'

describe('toMermaid (toy door)', () => {
  const d = parseMermaid(door.toMermaid())

  it('is a stateDiagram-v2 that the parser reads completely', () => {
    expect(d.header).toBe('stateDiagram-v2')
    expect(d.unknown).toEqual([])
  })

  it('lists every state and every edge of the table, with its roles', () => {
    expect(d.states).toEqual(new Set(['shut', 'open', 'locked', 'broken']))
    expect(d.initial).toEqual(new Set(['shut']))
    expect(d.final).toEqual(new Set(['broken']))
    expect(d.edges).toEqual(
      new Set([
        'shut|open|open|mentor, mentee',
        'open|close|shut|manager, mentor, mentee, hr, system',
        'shut|lock|locked|manager, hr',
        'locked|unlock|shut|manager',
        'shut|smash|broken|system',
        'locked|smash|broken|system',
      ]),
    )
  })

  it('marks guarded edges', () => {
    const guarded = door.toMermaid().split('\n').filter((l) => l.endsWith(' guarded'))
    expect(guarded.map((l) => l.trim().split(' ')[0])).toEqual(['shut', 'locked'])
  })

  it('mermaid ids are identifiers', () => {
    expect(mermaidId('not-asked')).toBe('not_asked')
    expect(mermaidId('in-training')).toMatch(/^\w+$/)
  })
})
