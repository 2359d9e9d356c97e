// What <mh-role-tips> and <mh-signal-check reader-role> share of the role tips' strings: their
// keys (for data-i18n-* overrides) and the string that names each region.
import type { Region } from '@mh/core';
import { roleTipsStrings, type RoleTipsStringKey, type RoleTipsStrings } from '../data/role-tips-strings.js';
import type { Strings } from './strings.js';

export { roleTipsStrings, type RoleTipsStringKey, type RoleTipsStrings };

/** An element's strings: the shared ones and those of the role tips. */
export type RoleTipsText = Strings & RoleTipsStrings;

/** Every key of the role tips' strings, read from whichever table this file carries. */
export const roleTipsKeys = Object.keys(Object.values(roleTipsStrings)[0] ?? {}) as RoleTipsStringKey[];

/** The string that names a region as the sentences read it ("Nederland", "aux Pays-Bas"). */
export const placeKeys: Readonly<Record<Region, RoleTipsStringKey>> = { BE: 'placeBE', 'BE-VLG': 'placeBEVLG', 'BE-BRU': 'placeBEBRU', 'BE-WAL': 'placeBEWAL', NL: 'placeNL' };
