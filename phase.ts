import { isWellFormed } from '/work/wt/model/src/model/fast.js'
import { referentialIssues } from '/work/wt/model/src/model/referential.js'
import { toOrganisation } from '/work/wt/model/src/model/normalise.js'
import { buildOrganisation } from '/work/wt/model/src/model/build.js'
import { parseOrganisation } from '/work/wt/model/src/model/parse.js'
import { generateOrganisationInput } from '/work/wt/model/src/testing/generate.js'
const input = generateOrganisationInput({ employees: 100_000, seed: 42 })
const times: Record<string, number[]> = {}
const time = (name: string, f: () => unknown) => { const t = process.cpuUsage(); const r = f(); const d = process.cpuUsage(t); (times[name] ??= []).push((d.user + d.system) / 1000); return r }
for (let k = 0; k < 7; k++) {
  time('fast', () => isWellFormed(input))
  time('ref', () => referentialIssues(input, undefined))
  const org = time('norm+build', () => toOrganisation(input as any)) as any
  time('build', () => buildOrganisation(org.teams, org.employees))
  time('parse', () => parseOrganisation(input))
}
for (const [k, v] of Object.entries(times)) console.log(k.padEnd(12), 'min', Math.min(...v).toFixed(0), 'median', v.sort((a, b) => a - b)[3]!.toFixed(0))
