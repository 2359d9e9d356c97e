// guidanceFor (issue 27, part 1): what <mh-role-tips> shows a person in a role and a region.
// A tip is shown as applying only where its source speaks (issue 24, part 1): seed 001 ("De reis
// van Kelly") and seed 004 (the ten barriers) are Dutch; seed 000 (the poster with the five
// conversation rules) is Flemish, for Belgium; seed 002 (the playbook) is Flemish youth care.
import { describe, expect, it } from 'vitest';
import { getRole, guidanceFor, resultTipsFor, roles, UnknownRoleError } from '../src/index.js';

const ids = (tips: readonly { readonly id: string }[]) => tips.map((tip) => tip.id);

describe('guidanceFor', () => {
  it('a teacher in Flanders gets no tip as Belgian practice, and the Dutch tips as Dutch practice (seed 001 is Dutch)', () => {
    const guidance = guidanceFor({ role: 'teacher', region: 'BE-VLG' });
    expect(guidance.tips).toEqual([]);
    expect(guidance.elsewhere.map((group) => group.region)).toEqual(['NL']);
    expect(ids(guidance.elsewhere[0]!.tips)).toEqual(['teacher-notice-changes', 'teacher-who-picks-them-up', 'teacher-talk-with-the-class', 'teacher-buit-in-de-klas']);
  });

  it('a teacher in the Netherlands gets the same tips as applying there, and nothing from elsewhere', () => {
    const guidance = guidanceFor({ role: 'teacher', region: 'NL' });
    expect(ids(guidance.tips)).toHaveLength(4);
    expect(guidance.elsewhere).toEqual([]);
  });

  it('a youth care worker in Wallonia is not given the Flemish playbook as Walloon practice (seed 002 is Flemish youth care)', () => {
    const wallonia = guidanceFor({ role: 'youth-care-worker', region: 'BE-WAL' });
    expect(wallonia.tips).toEqual([]);
    expect(wallonia.elsewhere.map((group) => group.region)).toEqual(['BE-VLG']);
    expect(guidanceFor({ role: 'youth-care-worker', region: 'BE-VLG' }).tips).toHaveLength(18);
  });

  it('the police in Wallonia get the Belgian tips, and the Dutch ones as Dutch practice', () => {
    const guidance = guidanceFor({ role: 'police', region: 'BE-WAL' });
    expect(ids(guidance.tips)).toContain('police-be-full-report');
    expect(ids(guidance.tips)).not.toContain('police-nl-record-suspicions');
    expect(guidance.elsewhere).toEqual([{ region: 'NL', tips: expect.arrayContaining([expect.objectContaining({ id: 'police-nl-record-suspicions' })]) }]);
  });

  it('keeps the tips about the forms of exploitation in view (seed 004 is about criminal and sexual exploitation, not labour)', () => {
    expect(ids(guidanceFor({ role: 'teacher', region: 'NL', exploitation: ['labour'] }).tips)).not.toContain('teacher-buit-in-de-klas');
    expect(ids(guidanceFor({ role: 'teacher', region: 'NL', exploitation: ['labour', 'criminal'] }).tips)).toContain('teacher-buit-in-de-klas');
    expect(ids(guidanceFor({ role: 'police', region: 'BE', exploitation: ['labour'] }).tips)).toEqual([]);
  });

  it('says where the conversation rules and the barriers come from when their source does not speak for the reader', () => {
    const flanders = guidanceFor({ role: 'teacher', region: 'BE-VLG' });
    expect(flanders.conversationRules.items).toHaveLength(5);
    expect(flanders.conversationRules.from).toBeUndefined();
    expect(flanders.barriers.items).toHaveLength(10);
    expect(flanders.barriers.from).toBe('NL');
    const netherlands = guidanceFor({ role: 'teacher', region: 'NL' });
    expect(netherlands.conversationRules.from).toBe('BE');
    expect(netherlands.barriers.from).toBeUndefined();
  });

  it('throws on an unknown role (with the valid ids), region or form', () => {
    expect(() => guidanceFor({ role: 'pupil', region: 'BE' })).toThrow(UnknownRoleError);
    expect(() => guidanceFor({ role: 'pupil', region: 'BE' })).toThrow(/teacher/);
    expect(() => guidanceFor({ role: 'teacher', region: 'FR' as never })).toThrow(/Unknown region "FR"/);
    expect(() => guidanceFor({ role: 'teacher', region: 'BE', exploitation: ['organ' as never] })).toThrow(/Unknown form of exploitation "organ"/);
  });
});

describe('resultTipsFor: what a result of the check adds for a reader in a role', () => {
  it('a Dutch teacher with a concern: three of the four tips, in the sources’ order', () => {
    const result = resultTipsFor({ role: 'teacher', region: 'NL', level: 'concern' });
    expect(ids(result.tips)).toEqual(['teacher-notice-changes', 'teacher-who-picks-them-up', 'teacher-talk-with-the-class']);
    expect(result.here).toBe(4);
  });

  it('in danger, the tips whose own words are about danger come first; below it they are left out', () => {
    // The playbook (seed 002, 4.2 "Acute situatie"): "Bij gevaar of acute dreiging ...".
    expect(ids(resultTipsFor({ role: 'youth-care-worker', region: 'BE-VLG', level: 'acute' }).tips)[0]).toBe('youth-care-acute-inform-prosecutor');
    expect(ids(resultTipsFor({ role: 'youth-care-worker', region: 'BE-VLG', level: 'concern' }).tips)).not.toContain('youth-care-acute-inform-prosecutor');
    // The poster's police role (seed 000): "Haal de jongere uit het gevaar."
    expect(ids(resultTipsFor({ role: 'police', region: 'BE-WAL', level: 'acute' }).tips)[0]).toBe('police-be-out-of-danger');
  });

  it('a Flemish teacher gets none: no Belgian source gives a teacher’s tips', () => {
    expect(resultTipsFor({ role: 'teacher', region: 'BE-VLG', level: 'concern' })).toMatchObject({ tips: [], here: 0 });
  });

  it('a parent or friend is the one role that does not know it through work', () => {
    expect(roles.filter((role) => !role.professional).map((role) => role.id)).toEqual(['parent-or-friend']);
    expect(getRole('teacher').professional).toBe(true);
  });
});
