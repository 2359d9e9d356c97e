// Public pages behind the glossary where the seeds do not expand an abbreviation (found
// 2026-12-07, not in PUBLIC-FACTS; cited beside the entry).
import type { Source } from '../sources.js';

export const glossarySources = [
  {
    id: 'infojeugdhulp-sdj',
    kind: 'public',
    url: 'http://www.infojeugdhulp.be/integrale-jeugdhulp/voorzieningen-jw/ondersteuningscentrum-jeugdhulp/',
    title: 'Sociale Dienst voor Gerechtelijke Jeugdhulp',
    publisher: 'infojeugdhulp.be',
    language: 'nl',
    consulted: '2026-12-07',
    region: 'BE-VLG',
  },
  {
    id: 'jeugdhulp-sdj',
    kind: 'public',
    url: 'https://www.jeugdhulp.be/organisaties/sociale-dienst-jeugdrechtbank-sdj',
    title: 'Sociale dienst jeugdrechtbank (SDJ)',
    publisher: 'Jeugdhulp (Vlaamse overheid)',
    language: 'nl',
    consulted: '2026-12-07',
    region: 'BE-VLG',
  },
] as const satisfies readonly Source[];
