import { expect } from '@open-wc/testing';
import { fill, overridesFrom, strings } from './strings.js';

describe('the strings of the elements', () => {
  it('every locale has every key, none empty, and the same placeholders as nl', () => {
    const keys = Object.keys(strings.nl).sort();
    for (const [locale, table] of Object.entries(strings)) {
      expect(Object.keys(table).sort(), locale).to.deep.equal(keys);
      for (const key of keys) {
        const value = table[key as keyof typeof table];
        expect(value.trim(), `${locale}.${key}`).to.not.equal('');
        expect(value.match(/\{\w+\}/g) ?? [], `${locale}.${key}`).to.deep.equal(strings.nl[key as keyof typeof strings.nl].match(/\{\w+\}/g) ?? []);
      }
    }
  });

  it('reads per-instance overrides from data-i18n-* attributes in kebab-case', () => {
    const element = document.createElement('div');
    element.setAttribute('data-i18n-start-over', 'Wis alles');
    element.setAttribute('data-i18n-unknown', 'ignored');
    expect(overridesFrom(element)).to.deep.equal({ startOver: 'Wis alles' });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('"{id}" is onbekend ({other})', { id: 'x' })).to.equal('"x" is onbekend ({other})');
  });
});
