import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

describe('schema/programme.json', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'programme.json'), 'utf8'))

  it('requires exactly the fields CONTRACT section 5 requires, and refuses unknown keys', () => {
    expect(schema.required).toEqual(['schemaVersion', 'id', 'name', 'formality', 'asOf', 'mentees'])
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.mentees.items.required).toEqual(['employeeId', 'purpose'])
  })

  it('keeps defaulted fields optional (input mode)', () => {
    expect(schema.properties.criteria.items.required).toEqual(['criterion', 'mode'])
    expect(schema.properties.mentees.items.properties.topics.default).toEqual([])
  })
})
