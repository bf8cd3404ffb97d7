/**
 * Reading JSON input: a file, or standard input for `-`. The only place that reads files.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { readFile } from 'node:fs/promises'

/** Why an input could not be had. */
export type InputFailure =
  | { readonly code: 'file-unreadable'; readonly params: { readonly file: string; readonly reason: string } }
  | { readonly code: 'file-not-json'; readonly params: { readonly file: string; readonly reason: string } }

/** Where the command line reads from: injected so tests can give standard input as text. */
export interface Sources {
  readonly readStdin: () => Promise<string>
}

const readText = async (file: string, sources: Sources): Promise<E.Either<InputFailure, string>> => {
  try {
    return E.right(file === '-' ? await sources.readStdin() : await readFile(file, 'utf8'))
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e)
    return E.left({ code: 'file-unreadable', params: { file, reason } })
  }
}

/**
 * Read and parse one JSON input (`-` for standard input). Never throws.
 * @example
 * await readJson('examples/data/organisation.json', { readStdin })
 */
export const readJson = async (file: string, sources: Sources): Promise<E.Either<InputFailure, unknown>> => {
  const text = await readText(file, sources)
  if (E.isLeft(text)) return text
  try {
    return E.right(JSON.parse(text.right.replace(/^\uFEFF/, '')) as unknown)
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    return E.left({ code: 'file-not-json', params: { file: file === '-' ? 'stdin' : file, reason } })
  }
}

/** Standard input as text. */
export const readProcessStdin = async (): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
