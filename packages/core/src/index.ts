// @mh/core: what the mh content packages share. No zod here: validators live in `@mh/core/schema`.
export {
  locales,
  sourceLocale,
  translationStatuses,
  regionalLocales,
  isLocale,
  resolveLocale,
  localize,
  type Locale,
  type TranslationStatus,
  type Translation,
  type RegionalLocale,
  type LocalizedText,
  type ResolvedLocale,
  type LocalizeOptions,
  type LocalizedResult,
} from './locale.js';
export { regions, isRegion, parseRegion, parentRegion, regionIncludes, countryOf, type Region, type Country } from './region.js';
export {
  sources,
  sourceIds,
  isSourceId,
  getSource,
  findUnknownSources,
  regionOfRef,
  type Source,
  type SectionScope,
  type SeedSource,
  type PublicSource,
  type SourceId,
  type SourceRef,
} from './sources.js';
export { DataValidationError, formatPath, type DataIssue } from './errors.js';
export {
  glossary,
  glossaryNames,
  abbreviationPattern,
  glossaryEntryFor,
  unexplainedAbbreviations,
  glossSegments,
  type GlossaryEntry,
  type GlossaryId,
  type GlossSegment,
} from './glossary.js';

import { glossary, glossaryNames } from './glossary.js';

/** Who read the content packages' fr and en texts against the nl source, as a role, and when. */
export { checked } from './data/checked.js';

/** The published data, `@mh/core/data.json`: the glossary, and the names that are not abbreviations. */
export const dataFile = { glossary, names: glossaryNames } as const;
