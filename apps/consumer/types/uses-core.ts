// Compiled (not run) under bundler and node16 resolution: the published types must resolve in both.
import { localize, regionIncludes, type LocalizedText, type Region, type SourceRef } from '@mh/core';
import { localizedTextSchema, parseData } from '@mh/core/schema';

const text: LocalizedText = { nl: 'Dit is geen diagnose.', fr: { text: "Ce n'est pas un diagnostic.", status: 'draft' } };
const region: Region = 'BE-VLG';
const cited: SourceRef = { source: 'draaiboek-jeugdhulp', section: '4.1' };

// @ts-expect-error: a citation of an unknown source does not compile
const miscited: SourceRef = { source: 'wikipedia', section: '1' };

export const shown: string = localize(text, 'nl-BE', { region }).text;
export const inFlanders: boolean = regionIncludes('BE', region);
export const parsed: LocalizedText = parseData(localizedTextSchema, text, 'text');
export { cited, miscited };
