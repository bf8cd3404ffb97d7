import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMAS, schemaFileText } from '../../scripts/schemas.js'

describe('committed JSON Schema files', () => {
  for (const [file, schema] of SCHEMAS) {
    it(`schema/${file} is what \`npm run schema\` generates from the zod schema`, () => {
      const committed = readFileSync(join(__dirname, '..', '..', 'schema', file), 'utf8')
      expect(committed).toBe(schemaFileText(schema))
    })
  }

  it('keeps defaulted fields optional (input mode)', () => {
    const org = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'organisation.json'), 'utf8'))
    const employee = org.properties.employees.items
    expect(employee.required).toEqual(['id', 'name', 'teamId', 'startDate'])
    expect(employee.additionalProperties).toBe(false)
  })
})
