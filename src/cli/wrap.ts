/**
 * Text for an 80-column terminal: lines longer than the width break between words, and the
 * continuation lines hang under the text (after the line's indentation and any `- ` bullet).
 * @module
 */

/** The width of `s` in terminal columns (one per code point; the CLI prints no wide characters). */
export const displayWidth = (s: string): number => [...s].length

/**
 * Break `text` between words into lines of at most `room` columns. A single word longer than
 * `room` stays whole on its own line.
 * @example
 * wrapWords('one two three', 7) // ['one two', 'three']
 */
export const wrapWords = (text: string, room: number): string[] => {
  if (displayWidth(text) <= room) return [text]
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) > room) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  return [...lines, line]
}

const HANG = /^\s*(?:- )?/

const fitLine = (line: string, width: number): string[] => {
  if (displayWidth(line) <= width) return [line]
  const lead = HANG.exec(line)?.[0] ?? ''
  const hang = ' '.repeat(displayWidth(lead))
  const [first = '', ...rest] = wrapWords(line.slice(lead.length), Math.max(20, width - displayWidth(lead)))
  return [`${lead}${first}`, ...rest.map((r) => `${hang}${r}`)]
}

/**
 * Fit every line of `text` into `width` columns (default 80); lines that fit are left as they are.
 * @example
 * fitToWidth('- a long line …', 80)
 */
export const fitToWidth = (text: string, width = 80): string =>
  text
    .split('\n')
    .flatMap((line) => fitLine(line, width))
    .join('\n')
