// Issue 26, part 3: Dutch at B1, measured with Flesch-Douma (Douma 1960:
// 206.835 − 0.93 × words per sentence − 77 × syllables per word; CONTENT.md promises B1).
import { describe, expect, it } from 'vitest';
import { fleschDouma, plainDutch, readabilityCsv, readabilityOf, summarizeReadability, syllables } from '../src/schema.js';

describe('syllables', () => {
  it('counts one per group of vowels, "ij" as one vowel, and a diaeresis as the start of a new one', () => {
    expect(['huis', 'zijn', 'kinderen', 'mensenhandel', 'vrijwilliger', 'beëindigen', 'ideeën', 'eeuw'].map(syllables)).toEqual([1, 1, 3, 4, 4, 4, 3, 1]);
  });
});

describe('fleschDouma', () => {
  it('computes the score from words per sentence and syllables per word', () => {
    // 6 words, 1 sentence, 6 syllables: 206.835 − 0.93 × 6 − 77 × 1 = 124.255.
    expect(fleschDouma('De kat zit op de mat.')).toEqual({ score: 124.3, words: 6, sentences: 1, countedWords: 6, syllables: 6 });
  });

  it('does not end a sentence at "art." or "Sw." before a number, and does at a full stop before a capital', () => {
    expect(fleschDouma('Lees art. 458bis Sw. 1867 nog eens. Bel dan het parket.').sentences).toBe(2);
  });

  it('leaves names, abbreviations, numbers and article references out of the syllable count, not out of the sentence length', () => {
    const result = fleschDouma('Bel Veilig Thuis op 0800-2000 of lees art. 458bis van het OCJ.');
    expect(result.words).toBe(12);
    // Counted: Bel, op, of, lees, van, het.
    expect(result.countedWords).toBe(6);
  });

  it('scores a long legal sentence as very hard and a short plain one as easy', () => {
    expect(fleschDouma('Administratieve, juridische en psychosociale begeleiding; voor minderjarigen de juridische en administratieve.').score).toBeLessThan(30);
    expect(fleschDouma('Je mag je zorgen delen. Bel ons als je twijfelt.').score).toBeGreaterThan(60);
  });
});

describe('readabilityOf and plainDutch', () => {
  const plain = { nl: 'Je mag je zorgen altijd met een collega delen.' };
  const hard = { nl: 'Administratieve, juridische en psychosociale begeleiding; voor minderjarigen de juridische en administratieve.' };

  it('measures every Dutch text of eight words or more once, and leaves out short texts and names', () => {
    const texts = readabilityOf({
      a: plain,
      b: { ...plain },
      title: { nl: 'Bel 112' },
      name: { nl: 'Centrum voor de zorg na seksueel geweld van het Universitair Ziekenhuis Gent' },
      c: hard,
    });
    expect(texts.map((text) => text.path)).toEqual(['a.nl', 'c.nl']);
  });

  it('fails when the median is below 60 or more than 5 % of the texts are below 30, naming the hardest', () => {
    expect(plainDutch('tips', { a: plain, b: { nl: 'Bespreek het altijd eerst met je team of een collega.' } }).check()).toEqual([]);
    const problems = plainDutch('tips', { a: plain, c: hard }).check();
    expect(problems[0]).toMatch(/^median .* below 60/);
    expect(problems).toContainEqual(expect.stringMatching(/^1 of 2 texts score below 30 \(at most 0\)/));
    expect(problems.at(-1)).toMatch(/c\.nl: Administratieve/);
  });

  it('lists the scores as CSV, hardest first, quoting the texts', () => {
    const csv = readabilityCsv(readabilityOf({ a: plain, c: hard, q: { nl: 'Zeg gewoon: "ik maak me zorgen om je", en luister dan goed.' } }));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('score,words,path,text');
    expect(lines[1]).toMatch(/^-?[\d.]+,\d+,"c\.nl","Administratieve/);
    expect(csv).toContain('"Zeg gewoon: ""ik maak me zorgen om je"", en luister dan goed."');
  });

  it('summarizes a package: the median, and the texts below 30, hardest first', () => {
    const summary = summarizeReadability(readabilityOf({ a: plain, c: hard }));
    expect(summary.texts).toBe(2);
    expect(summary.hard.map((text) => text.path)).toEqual(['c.nl']);
  });
});
