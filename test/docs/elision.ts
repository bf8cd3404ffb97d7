/**
 * Output shown on a documentation page may leave lines out: a line that is just `…` stands for
 * any number of lines (none included). These helpers compare such a page block with real output.
 */

/** The line that marks lines left out. */
export const ELISION = '…'

/**
 * Whether `actual` matches `shown`, where each `…` line of `shown` stands for any run of lines.
 * The lines around the elisions must appear in order, the first part at the start and the last
 * part at the end (a trailing `…` lets the output go on).
 */
export const matchesShown = (shown: string, actual: string): boolean => {
  const parts = shown.split('\n').reduce<string[][]>(
    (acc, line) => (line === ELISION ? [...acc, []] : [...acc.slice(0, -1), [...(acc[acc.length - 1] ?? []), line]]),
    [[]],
  )
  const lines = actual.split('\n')
  const [first = [], ...rest] = parts
  if (!startsAt(lines, first, 0)) return false
  if (rest.length === 0) return lines.length === first.length
  let at = first.length
  const middle = rest.slice(0, -1)
  for (const part of middle) {
    const found = findFrom(lines, part, at)
    if (found < 0) return false
    at = found + part.length
  }
  const last = rest[rest.length - 1] ?? []
  return lines.length - last.length >= at && startsAt(lines, last, lines.length - last.length)
}

/**
 * The page block for `actual` in update mode: all of it when the page leaves nothing out; with
 * one `…`, as many first and last lines as the page showed before and after it; else `null`
 * (the block needs a hand edit).
 */
export const refreshed = (shown: string, actual: string): string[] | null => {
  const lines = shown.split('\n')
  const cuts = lines.filter((l) => l === ELISION).length
  const out = actual.split('\n')
  if (cuts === 0) return out
  if (cuts > 1) return null
  const head = lines.indexOf(ELISION)
  const tail = lines.length - head - 1
  return head + tail >= out.length ? out : [...out.slice(0, head), ELISION, ...out.slice(out.length - tail)]
}

const startsAt = (lines: readonly string[], part: readonly string[], at: number): boolean =>
  part.every((l, k) => lines[at + k] === l)

const findFrom = (lines: readonly string[], part: readonly string[], from: number): number => {
  for (let at = from; at + part.length <= lines.length; at++) if (startsAt(lines, part, at)) return at
  return -1
}
