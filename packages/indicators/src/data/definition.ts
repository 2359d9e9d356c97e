// What human trafficking is, said where a view first names it: the teen-pimp ("tienerpooier")
// method and, in the Netherlands, the loverboy are forms of it (CONTENT.md: always the trafficking frame).
import { checked } from '@mh/core';
import type { CitedText } from '../types.js';

export const traffickingDefinition = {
  text: {
    nl: 'Mensenhandel is iemand werven, vervoeren, onderbrengen of onder controle houden om die persoon uit te buiten: seksueel, door werk, of door hem of haar misdrijven te laten plegen. Ook minderjarigen worden slachtoffer. Een tienerpooier maakt een jongere bewust afhankelijk en verliefd, en buit die dan uit in de prostitutie. Dat is mensenhandel.',
    'nl-NL': {
      text: 'Mensenhandel is iemand werven, vervoeren, onderbrengen of onder controle houden om die persoon uit te buiten: seksueel, door werk, of door hem of haar misdrijven te laten plegen. Ook minderjarigen worden slachtoffer. Een loverboy is een mensenhandelaar: hij maakt een jongere verliefd en afhankelijk, en buit die dan uit.',
      status: 'draft',
    },
    fr: {
      text: 'La traite des êtres humains, c’est recruter, transporter, héberger ou contrôler une personne pour l’exploiter : sexuellement, par le travail, ou en lui faisant commettre des infractions. Des mineurs en sont aussi victimes. Un proxénète d’adolescents rend volontairement un jeune dépendant et amoureux, puis l’exploite dans la prostitution. C’est de la traite des êtres humains.',
      ...checked,
    },
    en: {
      text: 'Human trafficking is recruiting, transporting, housing or controlling a person in order to exploit them: sexually, through work, or by making them commit offences. Minors are victims too. A teenage procurer deliberately makes a young person dependent and in love, then exploits them in prostitution. That is human trafficking.',
      ...checked,
    },
    // In the Netherlands the word is loverboy, in every language (CONTENT.md: "loverboy (romeo pimp)").
    'fr-NL': {
      text: 'La traite des êtres humains, c’est recruter, transporter, héberger ou contrôler une personne pour l’exploiter : sexuellement, par le travail, ou en lui faisant commettre des infractions. Des mineurs en sont aussi victimes. Un loverboy est un trafiquant d’êtres humains : il rend un jeune amoureux et dépendant, puis l’exploite.',
      ...checked,
    },
    'en-NL': {
      text: 'Human trafficking is recruiting, transporting, housing or controlling a person in order to exploit them: sexually, through work, or by making them commit offences. Minors are victims too. A loverboy (romeo pimp) is a human trafficker: he makes a young person fall in love and become dependent, then exploits them.',
      ...checked,
    },
  },
  source: { source: 'draaiboek-jeugdhulp', section: '2 Tienerpooiermethodiek is mensenhandel' },
} as const satisfies CitedText;
