// tipsFor: a role's tips for one form of exploitation and one region, and finding roles by id.
import { isRegion, regionIncludes, regions, type Region } from '@mh/core';
import { roles, type RoleId } from './data/roles.js';
import { exploitationForms, type ExploitationForm, type Role, type Tip } from './types.js';

export interface TipFilter {
  /** Only tips about this form of exploitation. */
  readonly form?: ExploitationForm;
  /** Only tips that apply where the reader is: a tip for BE applies in BE-VLG, not the other way round. */
  readonly region?: Region;
}

export const roleIds: readonly RoleId[] = roles.map((role) => role.id);
const roleById: ReadonlyMap<string, Role> = new Map(roles.map((role) => [role.id, role]));

export class UnknownRoleError extends Error {
  override readonly name = 'UnknownRoleError';
  /** The id that was asked for. */
  readonly roleId: string;
  readonly validIds: readonly RoleId[];

  constructor(roleId: string) {
    super(`Unknown role "${roleId}". Valid roles: ${roleIds.join(', ')}.`);
    this.roleId = roleId;
    this.validIds = roleIds;
  }
}

export function isRoleId(id: unknown): id is RoleId {
  return typeof id === 'string' && roleById.has(id);
}

export function getRole(id: RoleId): Role;
export function getRole(id: string): Role | undefined;
export function getRole(id: string): Role | undefined {
  return roleById.get(id);
}

/** @internal Whether an item with regions applies in a region: a tip for BE applies in BE-VLG. */
export function appliesIn(item: { readonly regions: readonly Region[] }, region: Region): boolean {
  return item.regions.some((area) => regionIncludes(area, region));
}

/** @internal Whether a tip is about one of the forms in view (none in view: all forms). */
export function aboutForms(tip: Pick<Tip, 'forms'>, forms: readonly ExploitationForm[]): boolean {
  return forms.length === 0 || tip.forms.some((form) => forms.includes(form));
}

function roleOrThrow(roleId: string): Role {
  const role = roleById.get(roleId);
  if (!role) throw new UnknownRoleError(roleId);
  return role;
}

function checkRegion(region: Region): void {
  if (!isRegion(region)) throw new TypeError(`Unknown region "${String(region)}". Use one of: ${regions.join(', ')}.`);
}

function checkForms(forms: readonly ExploitationForm[]): void {
  const unknownForm = forms.find((form) => !(exploitationForms as readonly string[]).includes(form));
  if (unknownForm !== undefined) throw new TypeError(`Unknown form of exploitation "${String(unknownForm)}". Use one of: ${exploitationForms.join(', ')}.`);
}

/** @internal The role of a query, after checking its role, region and forms; throws a typed error on each. */
export function checkQuery(roleId: string, region: Region, forms: readonly ExploitationForm[]): Role {
  const role = roleOrThrow(roleId);
  checkRegion(region);
  checkForms(forms);
  return role;
}

/**
 * The tips of a role, in the sources' order, for one form of exploitation and one region when
 * given. Throws UnknownRoleError (with the valid ids) for a role it does not know, and a
 * TypeError for a form or region that is not one of ours.
 */
export function tipsFor(roleId: string, filter: TipFilter = {}): Tip[] {
  const role = roleOrThrow(roleId);
  const { form, region } = filter;
  checkForms(form === undefined ? [] : [form]);
  if (region !== undefined) checkRegion(region);
  return role.tips.filter((tip) => (form === undefined || tip.forms.includes(form)) && (region === undefined || appliesIn(tip, region)));
}

/** The roles that have at least one tip for a region, in data order: what a role picker shows there. */
export function rolesFor(region: Region): Role[] {
  checkRegion(region);
  return roles.filter((role) => role.tips.some((tip) => appliesIn(tip, region)));
}
