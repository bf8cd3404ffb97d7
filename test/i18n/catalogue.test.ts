import { describe, expect, it } from 'vitest'
import { CATALOGUES, SECTIONS } from '../../src/i18n/messages.js'
import { LOCALES } from '../../src/i18n/locale.js'

describe('message catalogues', () => {
  it('every locale has exactly the same codes', () => {
    const en = Object.keys(CATALOGUES.en).sort()
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(en)
    expect(en.length).toBeGreaterThan(0)
  })

  it('every code is kebab-case', () => {
    for (const code of Object.keys(CATALOGUES.en)) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('no code is defined by two sections (one would silently shadow the other)', () => {
    const owner = new Map<string, string>()
    for (const [name, section] of Object.entries(SECTIONS)) {
      for (const code of Object.keys(section.en)) {
        expect(owner.get(code), `${code} in ${name} and ${owner.get(code) ?? ''}`).toBeUndefined()
        owner.set(code, name)
      }
      expect(Object.keys(section.nl).sort()).toEqual(Object.keys(section.en).sort())
    }
  })
})
