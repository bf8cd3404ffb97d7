/**
 * Beasley's OR-Library assignment instances, read from `../shared/data/or-library` next to the
 * repository (never copied into it). `OR_LIBRARY_DIR` overrides the folder, for checkouts that are
 * not siblings of `shared/` (such as git worktrees).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Candidate } from '../../src/solve/index.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The folder of the instances. */
export const orLibraryDir: string = process.env['OR_LIBRARY_DIR'] ?? resolve(repoRoot, '../shared/data/or-library')

/** Whether the instances are there. */
export const orLibraryPresent = (): boolean => existsSync(join(orLibraryDir, 'assignopt.txt'))

const tokens = (name: string): number[] =>
  readFileSync(join(orLibraryDir, `${name}.txt`), 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number)

/** A dense instance: `n` and the row-major costs. */
export const readDense = (name: string): { readonly n: number; readonly data: Float64Array } => {
  const t = tokens(name)
  const n = t[0] ?? 0
  if (t.length !== 1 + n * n) throw new Error(`${name}: ${t.length - 1} costs for n = ${n}`)
  return { n, data: Float64Array.from(t.slice(1)) }
}

/** A sparse instance: `n`, the arc count and the candidate lists (0-based). */
export const readSparse = (name: string): { readonly n: number; readonly arcs: number; readonly candidates: Candidate[][] } => {
  const t = tokens(name)
  const n = t[0] ?? 0
  if ((t.length - 1) % 3 !== 0) throw new Error(`${name}: ${t.length - 1} tokens is not a multiple of 3`)
  const candidates: Candidate[][] = Array.from({ length: n }, () => [])
  for (let k = 1; k < t.length; k += 3) candidates[(t[k] ?? 0) - 1]?.push([(t[k + 1] ?? 0) - 1, t[k + 2] ?? NaN])
  return { n, arcs: (t.length - 1) / 3, candidates }
}

/** The optima of `assignopt.txt`, by instance name. */
export const publishedOptima = (): Map<string, number> => {
  const lines = readFileSync(join(orLibraryDir, 'assignopt.txt'), 'utf8').split('\n').slice(1)
  const out = new Map<string, number>()
  for (const line of lines) {
    const [name, value] = line.trim().split(/\s+/)
    if (name !== undefined && name !== '' && value !== undefined) out.set(name, Number(value))
  }
  return out
}

/** The optima of the table in `SOURCE.md`, by instance name. */
export const sourceTableOptima = (): Map<string, number> => {
  const out = new Map<string, number>()
  for (const line of readFileSync(join(orLibraryDir, 'SOURCE.md'), 'utf8').split('\n')) {
    const m = /^\|\s*(assignp?\d+)\s*\|\s*\d+\s*\|[^|]*\|\s*([\d,]+)\s*\|$/.exec(line.trim())
    if (m?.[1] !== undefined && m[2] !== undefined) out.set(m[1], Number(m[2].replace(/,/g, '')))
  }
  return out
}
