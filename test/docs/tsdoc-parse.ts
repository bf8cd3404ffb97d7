/**
 * Reading a TSDoc comment as text, the way TypeDoc reads it: a summary, then block tags
 * (`@example`, `@since 0.1.0`, ...), each with the text that follows it up to the next tag. Inside
 * a fenced block (```) nothing is a tag, so an example may hold a line that starts with `@`. A known
 * block tag may also stand in the middle of a line (`/** Summary. @example f(1) @since 0.1.0 *\/`).
 */

/** One line of comment text and its 1-based line number in the file. */
export interface DocLine {
  readonly text: string
  readonly line: number
}

/** One block tag of a comment: `name` without the `@`, and the lines of its body. */
export interface DocTag {
  readonly name: string
  readonly lines: readonly DocLine[]
}

/** A parsed TSDoc comment. */
export interface DocComment {
  readonly summary: string
  readonly tags: readonly DocTag[]
}

/** Block and modifier tags that start a new section even in the middle of a line. */
const KNOWN_TAGS = new Set([
  'example', 'since', 'param', 'typeParam', 'returns', 'remarks', 'see', 'deprecated', 'internal',
  'throws', 'defaultValue', 'module', 'privateRemarks', 'category', 'public', 'alpha', 'beta',
])

/** The lines of a `/** ... *\/` comment without the delimiters and the leading ` * ` of each line. */
const commentLines = (raw: string, line: number): DocLine[] =>
  raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l, i) => ({ text: l.replace(/^\s*\* ?/, '').replace(/\s+$/, ''), line: line + i }))

/**
 * Split one line (outside fences) into the text before its first tag and the tags it opens:
 * `'Summary. @example f(1) @since 0.1.0'` -> `['Summary.', [['example', 'f(1)'], ['since', '0.1.0']]]`.
 * Backtick code spans are skipped, so `` `@example` `` in prose is not a tag.
 */
const splitTags = (text: string): readonly [string, readonly (readonly [string, string])[]] => {
  const starts: { at: number; name: string; end: number }[] = []
  const re = /`[^`]*`|(^|\s)@(\w+)/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[2]
    const at = m.index + (m[1]?.length ?? 0)
    if (name === undefined) continue
    if (at === 0 ? /^@\w+(\s|$)/.test(text) : KNOWN_TAGS.has(name)) starts.push({ at, name, end: at + 1 + name.length })
  }
  const before = text.slice(0, starts[0]?.at ?? text.length).trimEnd()
  const tags = starts.map((s, i) => [s.name, text.slice(s.end, starts[i + 1]?.at ?? text.length).trim()] as const)
  return [before, tags]
}

/** Parse a raw comment `raw` (from `/**` to `*\/`) that starts on 1-based line `line` of its file. */
export const parseDoc = (raw: string, line: number): DocComment => {
  const summary: string[] = []
  const tags: { name: string; lines: DocLine[] }[] = []
  let fenced = false
  for (const l of commentLines(raw, line)) {
    const fence = /^\s*```/.test(l.text)
    if (fenced || fence) {
      if (fence) fenced = !fenced
      const open = tags.at(-1)
      if (open === undefined) summary.push(l.text)
      else open.lines.push(l)
      continue
    }
    const [before, opened] = splitTags(l.text)
    const open = tags.at(-1)
    if (open === undefined) summary.push(before)
    else if (before !== '' || opened.length === 0) open.lines.push({ text: before, line: l.line })
    for (const [name, body] of opened) tags.push({ name, lines: body === '' ? [] : [{ text: body, line: l.line }] })
  }
  return { summary: summary.join('\n').trim(), tags }
}

/** The code of one `@example`, and the 1-based file line of each of its lines. */
export interface ExampleCode {
  readonly code: string
  readonly lines: readonly number[]
}

/**
 * The code of an `@example` tag, as TypeDoc shows it: the body of every ```ts (or bare ```) fence,
 * joined, when there is a fence (text outside the fences is prose); else the whole tag is code.
 * Leading and trailing blank lines are dropped.
 */
export const exampleCode = (tag: DocTag): ExampleCode => {
  const hasFence = tag.lines.some((l) => /^\s*```/.test(l.text))
  const code: DocLine[] = []
  if (!hasFence) code.push(...tag.lines)
  else {
    let lang: string | null = null
    for (const l of tag.lines) {
      const fence = /^\s*```\s*(\w*)/.exec(l.text)
      if (fence !== null) lang = lang === null ? (fence[1] ?? '') : null
      else if (lang !== null && ['', 'ts', 'typescript'].includes(lang)) code.push(l)
    }
  }
  const first = code.findIndex((l) => l.text.trim() !== '')
  const last = code.length - 1 - [...code].reverse().findIndex((l) => l.text.trim() !== '')
  const kept = first < 0 ? [] : code.slice(first, last + 1)
  return { code: kept.map((l) => l.text).join('\n'), lines: kept.map((l) => l.line) }
}
