/**
 * Build the `mentorschap` executable exactly as the package's bin is built (tsup, same entry and
 * banner), into a scratch folder, and run it as a child process.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'tsup'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Build the bin into `.tmp/` and return the path of the script. */
export const buildBinary = async (): Promise<string> => {
  const outDir = mkdtempSync(join(root, '.tmp-cli-'))
  await build({
    entry: { main: join(root, 'src/cli/main.ts') },
    format: ['esm'],
    outDir,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    silent: true,
    config: false,
  })
  return join(outDir, 'main.js')
}

/** What a run of the binary left behind. */
export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the built binary with `args`, optional standard input, `LANG` and working folder (default: the repository). */
export const runBinary = (bin: string, args: readonly string[], options: { stdin?: string | undefined; lang?: string; cwd?: string } = {}): Run => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: options.lang ?? 'C' },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
