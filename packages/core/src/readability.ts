// How easy a Dutch text is to read, measured: the Flesch-Douma score (Douma 1960, the Dutch
// adaptation of Flesch's reading ease), 206.835 − 0.93 × words per sentence − 77 × syllables per
// word. Above 60 is "easy" to "fairly easy", about B1 (CONTENT.md promises B1); below 30 is
// "very hard", the level of a law text. Names and article references are kept out of the
// syllable count by rule: "Ondersteuningscentrum Jeugdzorg" or "art. 458bis" are what they
// are, a plainer word cannot replace them.
import type { LintRule } from './lint.js';
import type { LocalizedText } from './locale.js';
import { collectLocalizedTexts } from './walk.js';

export interface Readability {
  /** The Flesch-Douma score; higher is easier. */
  readonly score: number;
  readonly words: number;
  readonly sentences: number;
  /** The words whose syllables count: all words but names and article references. */
  readonly countedWords: number;
  readonly syllables: number;
}

/** The plain-language level of issue 26 (CONTENT.md: B1) and how texts are held to it. */
export const plainLanguage = {
  /** Texts shorter than this are titles and labels; a score says little about them. */
  minWords: 8,
  /** Each package's median score. */
  median: 60,
  /** A text below this score is very hard to read… */
  hard: 30,
  /** …and at most this share of a package's texts may be. */
  maxHardShare: 0.05,
} as const;

// A sentence ends at . ! or ? followed by a capital, a quote or the end, or at a line break;
// "art. 458bis", "Sw. 1867" and "o.a. de" do not end one.
const sentenceEnd = /[.!?…]+(?=\s+["“‘(]?[A-ZÀ-Ý]|\s*$)|\n+/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
const vowels = 'aeiouyáàâéèêíìîóòôúùû';
const diaereses = 'äëïöü';

/** The words of a sentence, without the punctuation around them. */
function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}§]+|[^\p{L}\p{N}§]+$/gu, ''))
    .filter((token) => letterOrDigit.test(token) || token === '§');
}

/**
 * A name, an abbreviation or an article reference: not counted for syllables. A capital after
 * the first letter of a sentence marks a name (Veilig Thuis, PAG-ASA, OCJ); a digit or `§` an
 * article reference, a number or a date, and so does `art` before one; `@`, `/` or an inner `.`
 * an address or an abbreviation (www.awel.be, o.a.).
 */
function isNameOrReference(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (/[\p{N}§@/.]/u.test(word)) return true;
  if (/^artt?$/iu.test(word) && /[\p{N}§]/u.test(words[index + 1] ?? '')) return true;
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  return index > 0 && /^\p{Lu}/u.test(word);
}

/** Dutch syllables: one per group of vowels ("ij" is one vowel; a diaeresis starts a new one). */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replaceAll('ij', 'y');
  let count = 0;
  let inGroup = false;
  for (const letter of letters) {
    if (diaereses.includes(letter)) {
      count += 1;
      inGroup = true;
    } else if (vowels.includes(letter)) {
      if (!inGroup) count += 1;
      inGroup = true;
    } else {
      inGroup = false;
    }
  }
  return Math.max(1, count);
}

export function fleschDouma(text: string): Readability {
  const sentences = text
    .split(sentenceEnd)
    .map(wordsOf)
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const counted = sentences.flatMap((sentence) => sentence.filter((_, index) => !isNameOrReference(sentence, index)));
  const syllableCount = counted.reduce((sum, word) => sum + syllables(word), 0);
  const perSentence = words.length / Math.max(1, sentences.length);
  const perWord = counted.length === 0 ? 0 : syllableCount / counted.length;
  return {
    score: Math.round((206.835 - 0.93 * perSentence - 77 * perWord) * 10) / 10,
    words: words.length,
    sentences: sentences.length,
    countedWords: counted.length,
    syllables: syllableCount,
  };
}

export interface TextReadability extends Readability {
  /** Where the text is in the data (its first place, when the same text is used more than once). */
  readonly path: string;
  readonly text: string;
  /** The localized text it is the Dutch of (with its fr and en and their status). */
  readonly localized: LocalizedText;
}

/**
 * Every Dutch text of `plainLanguage.minWords` words or more in a data structure, each once, with
 * its score. A `name` (of a service, a recipient) is a name, not prose, and is left out.
 */
export function readabilityOf(data: unknown): TextReadability[] {
  const seen = new Set<string>();
  return collectLocalizedTexts(data).flatMap((found) => {
    if (/(^|\.)name$/u.test(found.path)) return [];
    const texts: [string, string][] = [[`${found.path}.nl`, found.value.nl]];
    for (const key of ['nl-BE', 'nl-NL'] as const) {
      const variant = found.value[key];
      if (variant) texts.push([`${found.path}.${key}`, variant.text]);
    }
    return texts.flatMap(([path, text]) => {
      if (seen.has(text)) return [];
      seen.add(text);
      const readability = fleschDouma(text);
      return readability.words >= plainLanguage.minWords ? [{ path, text, localized: found.value, ...readability }] : [];
    });
  });
}

export interface ReadabilitySummary {
  readonly texts: number;
  readonly median: number;
  /** The texts below `plainLanguage.hard`, hardest first. */
  readonly hard: readonly TextReadability[];
  /** How many hard texts the share allows. */
  readonly hardAllowed: number;
}

export function summarizeReadability(texts: readonly TextReadability[]): ReadabilitySummary {
  const scores = texts.map((text) => text.score).sort((a, b) => a - b);
  const middle = Math.floor(scores.length / 2);
  const median = scores.length === 0 ? 0 : scores.length % 2 === 1 ? scores[middle]! : (scores[middle - 1]! + scores[middle]!) / 2;
  return {
    texts: texts.length,
    median: Math.round(median * 10) / 10,
    hard: texts.filter((text) => text.score < plainLanguage.hard).sort((a, b) => a.score - b.score),
    hardAllowed: Math.floor(texts.length * plainLanguage.maxHardShare),
  };
}

/**
 * The rule for every package's Dutch texts (issue 26, part 3): a median of `plainLanguage.median`
 * or more, and at most `plainLanguage.maxHardShare` of the texts below `plainLanguage.hard`.
 */
export function plainDutch(subject: string, data: unknown): LintRule {
  return {
    name: `${subject}: the Dutch texts are plain (Flesch-Douma median ${plainLanguage.median} or more, at most ${plainLanguage.maxHardShare * 100} % below ${plainLanguage.hard})`,
    description: 'CONTENT.md promises B1: a professional with a worry reads a text once, on a phone. Write shorter sentences and shorter words; keep every fact and its citation.',
    check: () => {
      const summary = summarizeReadability(readabilityOf(data));
      return [
        ...(summary.median < plainLanguage.median ? [`median ${summary.median} of ${summary.texts} texts is below ${plainLanguage.median}`] : []),
        ...(summary.hard.length > summary.hardAllowed
          ? [`${summary.hard.length} of ${summary.texts} texts score below ${plainLanguage.hard} (at most ${summary.hardAllowed}):`, ...summary.hard.map((text) => `${text.score} ${text.path}: ${text.text}`)]
          : []),
      ];
    },
  };
}

/** The scores as CSV (score, words, path, text), hardest first: a content owner's work list. */
export function readabilityCsv(texts: readonly TextReadability[]): string {
  const cell = (value: string | number) => (typeof value === 'number' ? String(value) : `"${value.replaceAll('"', '""')}"`);
  const rows = [...texts].sort((a, b) => a.score - b.score).map((text) => [text.score, text.words, text.path, text.text].map(cell).join(','));
  return ['score,words,path,text', ...rows].join('\n') + '\n';
}
