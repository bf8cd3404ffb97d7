/**
 * Text for an 80-column terminal: lines longer than the width break between words, and the
 * continuation lines hang under the text (after the line's indentation and any `- ` bullet).
 * @module
 */

/** The width of `s` in terminal columns (one per code point; the CLI prints no wide characters). */
export const displayWidth = (s: string): number => [...s].length

/** A figure: digits with separators, a sign, a percent sign ("62", "-0.5", "60.51%", "3/4", "4,"). */
const FIGURE = /^[-+(]?\d[\d.,:/%]*$/
/** A figure that ends a phrase ("period 4," or "… was 3."): it belongs to the word before it. */
const CLOSING = /[.,:;]$/

/**
 * The words of `text`, with each figure glued to its noun, so that no line ends in a figure whose
 * unit starts the next one: a figure to the word after it ("62 days"), or, when it ends a phrase,
 * to the word before it ("period 4,").
 */
const units = (text: string): string[] => {
  const out: string[] = []
  let glue = false
  for (const word of text.split(' ')) {
    const last = out.length - 1
    const figure = FIGURE.test(word)
    const back = figure && CLOSING.test(word)
    if ((glue || back) && last >= 0) out[last] = `${out[last] ?? ''} ${word}`
    else out.push(word)
    glue = figure && !back
  }
  return out
}

/**
 * Break `text` between words into lines of at most `room` columns, never between a figure and its
 * noun (see `units`). A single word (or figure and noun) longer than `room` stays whole on its own
 * line.
 * @example
 * wrapWords('one two three', 7) // ['one two', 'three']
 * wrapWords('late by 62 days', 10) // ['late by', '62 days']
 * wrapWords('for period 4, due soon', 14) // ['for period 4,', 'due soon']
 */
export const wrapWords = (text: string, room: number): string[] => {
  if (displayWidth(text) <= room) return [text]
  const lines: string[] = []
  let line = ''
  for (const word of units(text)) {
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
