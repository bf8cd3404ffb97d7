#!/usr/bin/env bash
# Packaging check: pack the library, install the tarball into a fresh project, import it from ESM,
# require it from CommonJS, run the bin, then attw and publint. Any problem fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball"
mkdir -p "$work/consumer"
cd "$work/consumer"
printf '{ "name": "consumer", "version": "1.0.0", "private": true }\n' > package.json
npm install --no-audit --no-fund --silent "$work/$tarball" fast-check@4
cat > esm.mjs <<'JS'
import * as m from 'mentorschap'
import * as solve from 'mentorschap/solve'
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const schema = require('mentorschap/schema/organisation.json')
const programmeSchema = require('mentorschap/schema/programme.json')
if (typeof programmeSchema !== 'object' || programmeSchema === null) throw new Error('programme schema missing')
if (typeof m.parseOrganisation !== 'function') throw new Error('ESM: parseOrganisation missing')
if (typeof solve !== 'object') throw new Error('ESM: solve subpath missing')
if (typeof schema !== 'object' || schema === null) throw new Error('ESM: schema missing')
const r = m.parseOrganisation({ schemaVersion: 1, teams: [], employees: [] })
if (r._tag !== 'Right') throw new Error('ESM: empty organisation refused')
const testing = await import('mentorschap/testing')
const fc = await import('fast-check')
for (const org of fc.sample(testing.arbOrganisation(), 5)) {
  if (m.parseOrganisation(org)._tag !== 'Right') throw new Error('ESM: testing arbitrary gave an invalid organisation')
}
console.log('esm ok:', Object.keys(m).length, 'exports')
JS
cat > cjs.cjs <<'JS'
const m = require('mentorschap')
const solve = require('mentorschap/solve')
const schema = require('mentorschap/schema/organisation.json')
const programmeSchema = require('mentorschap/schema/programme.json')
if (typeof programmeSchema !== 'object' || programmeSchema === null) throw new Error('programme schema missing')
if (typeof m.parseOrganisation !== 'function') throw new Error('CJS: parseOrganisation missing')
if (typeof solve !== 'object') throw new Error('CJS: solve subpath missing')
if (typeof schema !== 'object' || schema === null) throw new Error('CJS: schema missing')
const r = m.parseOrganisation({ schemaVersion: 1, teams: [], employees: [] })
if (r._tag !== 'Right') throw new Error('CJS: empty organisation refused')
const testing = require('mentorschap/testing')
const fc = require('fast-check')
for (const org of fc.sample(testing.arbOrganisation(), 5)) {
  if (m.parseOrganisation(org)._tag !== 'Right') throw new Error('CJS: testing arbitrary gave an invalid organisation')
}
console.log('cjs ok:', Object.keys(m).length, 'exports')
JS
node esm.mjs
node cjs.cjs
./node_modules/.bin/mentorschap validate "$root/examples/data/organisation.json" > /dev/null
echo "bin ok"
cd "$root"
npx --no-install attw --pack . --profile node16
npx --no-install publint --strict
echo "package check ok"
