// Compiled (not run) under bundler and node16 resolution: the published types must resolve in both.
import { tipsFor, getRole, type Role, type RoleId, type Tip, type TipId } from '@mh/role-tips';
import { parseRoles } from '@mh/role-tips/schema';

const role: RoleId = 'youth-care-worker';
const tip: TipId = 'gp-see-patients-alone';
// @ts-expect-error: a role id that does not exist does not compile
const typo: RoleId = 'youth-carer';
// @ts-expect-error: a form of exploitation that does not exist does not compile
export const wrongForm: Tip[] = tipsFor('gp', { form: 'financial' });

export const tips: Tip[] = tipsFor(role, { form: 'sexual', region: 'BE-VLG' });
export const gp: Role = getRole('gp');
export const maybe: Role | undefined = getRole(String(typo));
export const parsed: readonly Role[] = parseRoles([]);
export { tip, typo };
