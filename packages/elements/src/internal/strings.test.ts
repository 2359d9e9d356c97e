import { expect } from '@open-wc/testing';
import { roleTipsStrings } from '../data/role-tips-strings.js';
import { fill, overridesFrom, strings } from './strings.js';

describe('the strings of the elements', () => {
  it('every locale has every key, none empty, and the same placeholders as nl (the shared table and <mh-role-tips>’s)', () => {
    for (const tables of [strings, roleTipsStrings] as Record<string, Record<string, string>>[]) {
      const keys = Object.keys(tables.nl!).sort();
      for (const [locale, table] of Object.entries(tables)) {
        expect(Object.keys(table).sort(), locale).to.deep.equal(keys);
        for (const key of keys) {
          const value = table[key]!;
          expect(value.trim(), `${locale}.${key}`).to.not.equal('');
          expect(value.match(/\{\w+\}/g) ?? [], `${locale}.${key}`).to.deep.equal(tables.nl![key]!.match(/\{\w+\}/g) ?? []);
        }
      }
    }
  });

  it('reads per-instance overrides from data-i18n-* attributes in kebab-case', () => {
    const element = document.createElement('div');
    element.setAttribute('data-i18n-start-over', 'Wis alles');
    element.setAttribute('data-i18n-unknown', 'ignored');
    expect(overridesFrom(element)).to.deep.equal({ startOver: 'Wis alles' });
    element.setAttribute('data-i18n-conversation-rules', 'Zo voer je het gesprek');
    expect(overridesFrom(element, ['conversationRules', 'barriers'])).to.deep.equal({ conversationRules: 'Zo voer je het gesprek' });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('"{id}" is onbekend ({other})', { id: 'x' })).to.equal('"x" is onbekend ({other})');
  });
});
