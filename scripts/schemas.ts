/**
 * The JSON Schema files generated from the zod schemas: one `[file name, schema]` pair per
 * interchange format. Add a format with one line. `npm run schema` writes them into `schema/`;
 * `test/model/schema-file.test.ts` fails when a committed file is stale.
 */
import { z } from 'zod'
import { OrganisationSchema } from '../src/model/schema.js'
import { ProgrammeSchema } from '../src/programme/programme-schema.js'

export const SCHEMAS: readonly (readonly [string, z.ZodType])[] = [
  ['organisation.json', OrganisationSchema],
  ['programme.json', ProgrammeSchema],
]

/**
 * The text of a schema file: zod 4's JSON Schema in input mode (defaulted fields stay optional),
 * pretty-printed with a final newline.
 */
export const schemaFileText = (schema: z.ZodType): string =>
  `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`
