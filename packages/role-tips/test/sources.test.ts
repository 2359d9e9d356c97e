// The data against the seed documents: counts, order and wording where the source is quoted.
import { localize } from '@mh/core';
import { describe, expect, it } from 'vitest';
import { barriers, conversationRules, learning, nonPunishment, relationshipTips, roles, shelterIntro, shelterNote, shelterPhases } from '../src/index.js';
import { normalize, readSeed, reportSkipped, skipWithoutSeeds } from './seeds.js';

reportSkipped('@mh/role-tips: the data against the wording of the seed documents (every test of sources.test.ts)');

const nl = (text: Parameters<typeof localize>[0]) => localize(text, 'nl').text;

describe.skipIf(skipWithoutSeeds)('the five conversation rules (seed 000)', () => {
  it('are the poster’s five, in its order, as it words them', () => {
    const poster = normalize(readSeed('poster-beroepsgeheim'));
    expect(conversationRules.map((rule) => rule.number)).toEqual([1, 2, 3, 4, 5]);
    const positions = conversationRules.map((rule) => poster.indexOf(normalize(`${rule.number}. ${rule.text.nl}`)));
    expect(positions.every((at) => at >= 0), `not all found: ${positions.join(', ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(conversationRules.map((rule) => rule.text.nl)).toEqual([
      'Bied een veilig kader',
      'Wees authentiek',
      '(Ver)oordeel niet',
      'Stel vragen',
      'Respecteer het tempo van de jongere',
    ]);
  });
});

describe.skipIf(skipWithoutSeeds)('the tips for the helping relationship (seed 000)', () => {
  it('hold each of the poster’s tips, from thanking the young person to an overarching consultation', () => {
    const texts = relationshipTips.map((tip) => tip.text.nl);
    expect(texts[0]).toMatch(/^Bedank de jongere/);
    expect(texts.at(-1)).toBe('Plan een overkoepelend overleg.');
    for (const words of [
      /beschikbaar en bereikbaar/,
      /volgende afspraak/,
      /daarbuiten meemaakt/,
      /eten, onderdak, kleding, veiligheid/,
      /korte en op langere termijn/,
      /geen loze of valse beloftes/,
      /informele momenten/,
      /sleutelhanger/,
      /teamvergadering/,
      /expertisecentrum mensenhandel/,
      /ouders, met de voogd en met de consulent/,
    ]) {
      expect(texts.filter((text) => words.test(text)), String(words)).toHaveLength(1);
    }
    expect(relationshipTips).toHaveLength(13);
  });
});

describe.skipIf(skipWithoutSeeds)('specialised shelter (seed 000, with seed 002 for who it is for)', () => {
  it('has three phases in order: secure, reintroduce, autonomy', () => {
    expect(normalize(readSeed('poster-beroepsgeheim'))).toContain('3 fasen');
    expect(shelterIntro.text.nl).toContain('3 fasen');
    expect(shelterPhases.map((phase) => phase.number)).toEqual([1, 2, 3]);
    expect(nl(shelterPhases[0]!.text)).toMatch(/^Beveiligen, stabiliseren, isoleren en het contact met het netwerk verbreken/);
    // Phase 2 in plainer words (issue 26, part 3): outside activities again, social media with supervision.
    expect(nl(shelterPhases[1]!.text)).toMatch(/^Weer dingen buitenshuis doen\. Met begeleiding weer sociale media gebruiken/);
    expect(normalize(readSeed('poster-beroepsgeheim'))).toMatch(/herintroductie van externe activiteiten en het\s+(- )?begeleid gebruik van sociale media/);
    expect(nl(shelterPhases[2]!.text)).toBe('Werken aan autonomie.');
  });

  it('says, as the playbook does, that the centres’ own shelters take adults only', () => {
    expect(normalize(readSeed('draaiboek-jeugdhulp'))).toContain('de opvanghuizen zijn enkel bestemd voor meerderjarige slachtoffers');
    expect(shelterNote.text.nl).toMatch(/alleen voor meerderjarigen/);
    expect(shelterNote.source.source).toBe('draaiboek-jeugdhulp');
  });
});

describe.skipIf(skipWithoutSeeds)('the ten barriers (seed 004)', () => {
  const seed = normalize(readSeed('tien-drempels'));

  it('are ten, numbered in the source’s order, each doubt quoted as the source words it', () => {
    expect(barriers).toHaveLength(10);
    expect(barriers.map((barrier) => barrier.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const positions = barriers.map((barrier) => seed.indexOf(normalize(`${barrier.number}. “${barrier.doubt.nl}”`)));
    expect(positions.every((at) => at >= 0), `not all found: ${positions.join(', ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('barrier 1: you need not be sure, a suspicion or gut feeling is enough to act', () => {
    expect(barriers[0]!.doubt.nl).toBe('Zie ik het wel goed?');
    expect(barriers[0]!.answer.nl).toMatch(/niet zeker/);
    expect(barriers[0]!.answer.nl).toMatch(/vermoeden of onderbuikgevoel is al genoeg/);
    expect(localize(barriers[0]!.answer, 'en').text).toMatch(/suspicion or a gut feeling is already enough/);
  });

  it('barriers 3 and 4 point to the care coordinators and the police for a risk assessment', () => {
    for (const barrier of [barriers[2]!, barriers[3]!]) expect(barrier.answer.nl).toMatch(/zorgcoördinatoren mensenhandel.*politie.*risico/);
  });

  it('barrier 7 points to the BUIT e-learning, barrier 10 to the non-punishment principle', () => {
    expect(barriers[6]!.answer.nl).toContain('www.buitvoorprofessionals.nl');
    expect(barriers[9]!.doubt.nl).toBe('Hoezo slachtoffer!? Dit is toch gewoon een dader?');
    expect(barriers[9]!.answer.nl).toMatch(/non-punishmentbeginsel/);
  });
});

describe.skipIf(skipWithoutSeeds)('the non-punishment principle and the BUIT e-learning (seed 004)', () => {
  const seed = readSeed('tien-drempels');

  it('victims may not be punished for offences committed under coercion while exploited', () => {
    expect(seed).toContain('niet gestraft mogen worden voor delicten die zij tijdens de uitbuitingsperiode onder dwang pleegden');
    expect(nonPunishment.text.nl).toMatch(/niet gestraft worden voor delicten die ze tijdens de uitbuiting onder dwang pleegden/);
  });

  it('gives the e-learning’s address exactly as the seed links it, and who made it', () => {
    expect(seed).toContain(`(${learning.url})`);
    expect(learning.providers).toEqual(['NHVeilig', 'Fier']);
    expect(seed).toContain('NHVeilig en Fier hebben samen een e-learning opgezet: BUIT voor professionals');
    expect(seed).toMatch(/gemakkelijk én gratis/);
    expect(learning.free).toBe(true);
  });
});

describe.skipIf(skipWithoutSeeds)('the tips of seed 001 (De reis van Kelly, Vladimir of Michael)', () => {
  const seed = readSeed('reis-van-kelly');
  const headings = [...seed.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
  const bulletsUnder = (heading: string) => {
    const start = seed.indexOf(`## ${heading}`);
    const next = seed.indexOf('\n## ', start + 1);
    return seed.slice(start, next < 0 ? undefined : next).split('\n').filter((line) => /^- \\\* /.test(line)).length;
  };
  const tipsCiting = (heading: string) =>
    roles.flatMap((role) => role.tips.map((tip) => ({ role: role.id, tip }))).filter(({ tip }) => tip.source.source === 'reis-van-kelly' && tip.source.section === heading);

  it('has nine roles, each taken', () => {
    expect(headings).toEqual([
      'Ouders/vrienden',
      'Docent',
      'Zorgcoördinator',
      'Huisarts/medische professional',
      'Jongerenwerker',
      'Politie',
      'Hulpverlener',
      'Burgemeester',
      'Aandachtsfunctionaris',
    ]);
  });

  it('every bullet of every role is one tip of one role: none left out, none added', () => {
    for (const heading of headings) {
      const cited = tipsCiting(heading);
      expect(cited.length, heading).toBe(bulletsUnder(heading));
      expect(new Set(cited.map(({ role }) => role)).size, heading).toBe(1);
    }
  });

  it('its tips apply in the Netherlands, to sexual, criminal and labour exploitation', () => {
    for (const heading of headings) {
      for (const { tip } of tipsCiting(heading)) {
        expect(tip.regions).toEqual(['NL']);
        expect(tip.forms).toEqual(['sexual', 'criminal', 'labour']);
      }
    }
  });

  it('the GP tip names the care coordinator and Veilig Thuis, as the seed does', () => {
    expect(seed).toContain('neem contact op met de zorgcoördinator of Veilig Thuis');
    expect(roles.find((role) => role.id === 'gp')?.tips[0]?.text.nl).toMatch(/zorgcoördinator mensenhandel of met Veilig Thuis/);
  });
});

describe.skipIf(skipWithoutSeeds)('the role of the police (seed 000) and the Belgian justice partners (seed 002 §8)', () => {
  const police = roles.find((role) => role.id === 'police')!;

  it('the poster’s four tasks of the police are tips of the police role in Belgium', () => {
    const fromPoster = police.tips.filter((tip) => tip.source.source === 'poster-beroepsgeheim');
    expect(fromPoster.map((tip) => tip.source.section)).toEqual(['Rol van de politie', 'Rol van de politie', 'Rol van de politie', 'Rol van de politie']);
    expect(fromPoster.map((tip) => tip.text.nl)).toEqual([
      'Maak een volledig pv, zo gedetailleerd mogelijk.',
      'Haal de jongere uit het gevaar.',
      'Voer een onderzoek uit.',
      'Toon empathie en luister actief naar de jongere.',
    ]);
    for (const tip of fromPoster) expect(tip.regions).toEqual(['BE']);
  });

  it('only the reference magistrate grants the status of victim of trafficking', () => {
    expect(normalize(readSeed('draaiboek-jeugdhulp'))).toContain('als enige bevoegd voor het toekennen van het “statuut slachtoffer van mensenhandel”');
    const magistrate = roles.find((role) => role.id === 'reference-magistrate')!;
    expect(magistrate.tips.find((tip) => tip.id === 'reference-magistrate-victim-status')?.text.nl).toMatch(/^Alleen jij kent het statuut/);
  });
});
