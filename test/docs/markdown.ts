/** Fenced blocks of a Markdown page, for the tests that keep the documentation honest. */

/** A fenced block: its language, body, the line of its opening fence (1-based) and of its closing fence (0-based). */
export interface Fence {
  readonly lang: string
  readonly body: string
  readonly line: number
  readonly end: number
}

/** Every fenced block of a Markdown text, in order. */
export const fences = (markdown: string): Fence[] => {
  const lines = markdown.split('\n')
  const found: Fence[] = []
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? '')
    if (open === null) continue
    const close = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l))
    if (close < 0) break
    found.push({ lang: open[1] ?? '', body: lines.slice(i + 1, close).join('\n'), line: i + 1, end: close })
    i = close
  }
  return found
}
