/**
 * Aligned text tables for an 80-column terminal: columns padded to their widest cell, the last
 * column wrapped when a row would run past the width (and at every newline in it).
 * @module
 */
import { displayWidth as width, wrapWords as wrap } from './wrap.js'

/** A table: a header row and body rows of the same length. */
export interface Table {
  readonly header: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

/**
 * Render `table` with two spaces between columns, at most `maxWidth` characters a line (the last
 * column wraps onto continuation lines).
 * @example
 * renderTable({ header: ['a', 'b'], rows: [['1', '2']] })
 */
export const renderTable = (table: Table, maxWidth = 80): string => {
  const all = [table.header, ...table.rows]
  const columns = table.header.length
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...all.map((r) => Math.max(...(r[c] ?? '').split('\n').map(width)))),
  )
  const lead = widths.slice(0, -1).reduce((a, w) => a + w + 2, 0)
  const room = Math.max(20, maxWidth - lead)
  const out: string[] = []
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === columns - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c)))).join('  ').trimEnd()
  for (const [i, row] of all.entries()) {
    const [first = '', ...rest] = (row[columns - 1] ?? '').split('\n').flatMap((part) => wrap(part, room))
    out.push(line([...row.slice(0, -1), first]))
    for (const more of rest) out.push(`${' '.repeat(lead)}${more}`)
    if (i === 0) out.push(widths.map((w, c) => '─'.repeat(c === columns - 1 ? Math.min(w, room) : w)).join('  '))
  }
  return out.join('\n')
}
