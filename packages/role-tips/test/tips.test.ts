import { describe, expect, it } from 'vitest';
import { getRole, isRoleId, roleIds, roles, rolesFor, tipsFor, UnknownRoleError, type RoleId } from '../src/index.js';

const ids = (tips: readonly { readonly id: string }[]) => tips.map((tip) => tip.id);

describe('tipsFor: a role’s tips, filtered by region', () => {
  it('without a filter gives all of a role’s tips, in the sources’ order', () => {
    expect(ids(tipsFor('gp'))).toEqual(['gp-trust-your-gut', 'gp-ask-about-lasting-pain', 'gp-see-patients-alone']);
    expect(tipsFor('police')).toHaveLength(getRole('police').tips.length);
  });

  it('the police in the Netherlands get the Dutch tips only', () => {
    expect(ids(tipsFor('police', { region: 'NL' }))).toEqual(['police-nl-record-suspicions', 'police-nl-limit-interviews', 'police-nl-assess-risk']);
  });

  it('a tip for BE applies in each Belgian region, and not in the Netherlands', () => {
    const flanders = ids(tipsFor('police', { region: 'BE-VLG' }));
    expect(flanders).toContain('police-be-full-report');
    expect(flanders).not.toContain('police-nl-record-suspicions');
    expect(ids(tipsFor('police', { region: 'BE-WAL' }))).toEqual(flanders);
    expect(ids(tipsFor('police', { region: 'BE' }))).toEqual(flanders);
  });

  it('a tip for BE-VLG applies in Flanders only, not in Brussels, Wallonia or Belgium as a whole', () => {
    expect(ids(tipsFor('reference-magistrate', { region: 'BE-VLG' }))).toContain('reference-magistrate-assessment-advice');
    for (const region of ['BE', 'BE-BRU', 'BE-WAL'] as const) {
      const tips = ids(tipsFor('reference-magistrate', { region }));
      expect(tips).not.toContain('reference-magistrate-assessment-advice');
      expect(tips).toContain('reference-magistrate-victim-status');
    }
    expect(tipsFor('youth-care-worker', { region: 'BE-BRU' })).toEqual([]);
    expect(tipsFor('teacher', { region: 'BE-VLG' })).toEqual([]);
  });
});

describe('tipsFor: filtered by form of exploitation', () => {
  it('a tip from seed 001 is about all three forms, a tip from seed 004 about criminal and sexual exploitation', () => {
    expect(ids(tipsFor('teacher', { form: 'labour' }))).toEqual(['teacher-notice-changes', 'teacher-who-picks-them-up', 'teacher-talk-with-the-class']);
    expect(ids(tipsFor('teacher', { form: 'criminal' }))).toContain('teacher-buit-in-de-klas');
  });

  it('the Belgian justice tips are about sexual exploitation, the playbook’s subject', () => {
    expect(tipsFor('youth-prosecutor', { form: 'criminal' })).toEqual([]);
    expect(tipsFor('youth-prosecutor', { form: 'sexual' })).toEqual(tipsFor('youth-prosecutor'));
  });

  it('combines form and region', () => {
    expect(ids(tipsFor('police', { form: 'labour', region: 'NL' }))).toEqual(['police-nl-record-suspicions', 'police-nl-limit-interviews']);
    expect(tipsFor('police', { form: 'labour', region: 'BE-VLG' })).toEqual([]);
  });
});

describe('tipsFor: bad input gets a clear error', () => {
  it('an unknown role throws a typed error that lists the valid roles', () => {
    let error: unknown;
    try {
      tipsFor('teachr');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnknownRoleError);
    const unknownRole = error as UnknownRoleError;
    expect(unknownRole.name).toBe('UnknownRoleError');
    expect(unknownRole.roleId).toBe('teachr');
    expect(unknownRole.validIds).toEqual(roles.map((role) => role.id));
    expect(unknownRole.validIds).toContain('teacher');
    expect(unknownRole.message).toMatch(/^Unknown role "teachr"\. Valid roles: parent-or-friend, teacher, /);
  });

  it('an unknown form or region throws and names the valid ones', () => {
    expect(() => tipsFor('gp', { form: 'financial' as never })).toThrow(/Unknown form of exploitation "financial"\. Use one of: sexual, criminal, labour/);
    expect(() => tipsFor('gp', { region: 'FR' as never })).toThrow(/Unknown region "FR"\. Use one of: BE, BE-VLG/);
  });
});

describe('getRole, isRoleId and rolesFor', () => {
  it('finds a role by id, and says when it does not know one', () => {
    expect(getRole('mayor').name.nl).toBe('Burgemeester');
    expect(getRole('burgemeester')).toBeUndefined();
    expect(isRoleId('designated-officer')).toBe(true);
    expect(isRoleId('Teacher')).toBe(false);
    expect(roleIds).toHaveLength(13);
  });

  it('lists the roles that have tips where the reader is', () => {
    const inNetherlands = ids(rolesFor('NL'));
    expect(inNetherlands).toEqual([
      'parent-or-friend',
      'teacher',
      'care-coordinator',
      'gp',
      'youth-worker',
      'police',
      'social-worker',
      'mayor',
      'designated-officer',
    ]);
    expect(ids(rolesFor('BE-VLG'))).toEqual(['police', 'social-worker', 'youth-care-worker', 'consultant', 'youth-prosecutor', 'reference-magistrate']);
    expect(ids(rolesFor('BE-BRU'))).toEqual(['police', 'social-worker', 'youth-prosecutor', 'reference-magistrate']);
  });

  it('RoleId is the union of the role ids', () => {
    const id: RoleId = 'youth-care-worker';
    // @ts-expect-error: a role that does not exist is not a RoleId
    const typo: RoleId = 'youth-carer';
    expect([id, typo].map(isRoleId)).toEqual([true, false]);
  });
});
