/**
 * The `mentorschap` executable: the only place that reads the clock, the environment and the
 * process's streams.
 * @module
 */
import { formatDate } from '../model/date.js'
import { readProcessStdin } from './input.js'
import { run } from './run.js'

const now = new Date()
const today = formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate())

const progress = (line: string | null): void => {
  if (process.stderr.isTTY) process.stderr.write(line === null ? '\r\x1b[K' : `\r${line}`)
}

const outcome = await run({
  argv: process.argv.slice(2),
  lang: process.env['LANG'],
  today,
  readStdin: readProcessStdin,
  progress,
})
if (outcome.stdout !== '') process.stdout.write(outcome.stdout)
if (outcome.stderr !== '') process.stderr.write(outcome.stderr)
process.exitCode = outcome.exit
