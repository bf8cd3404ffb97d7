/**
 * `npm run schema`: regenerate the JSON Schema files in `schema/` from the zod schemas listed in
 * `scripts/schemas.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SCHEMAS, schemaFileText } from './schemas.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema')
mkdirSync(dir, { recursive: true })
for (const [file, schema] of SCHEMAS) {
  writeFileSync(join(dir, file), schemaFileText(schema))
  console.log(`wrote schema/${file}`)
}
