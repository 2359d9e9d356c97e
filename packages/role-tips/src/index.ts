// @mh/role-tips: what a teacher, GP, youth worker, police officer, magistrate and others can do
// about human trafficking of young people, with conversation rules and the ten barriers to
// signalling. No zod here: validators live in `@mh/role-tips/schema`.
import { barriers, learning, nonPunishment } from './data/barriers.js';
import { conversationRules, relationshipTips, shelterIntro, shelterNote, shelterPhases } from './data/helping.js';
import { roles } from './data/roles.js';
import type { RoleTipsDataFile } from './types.js';

export { roles, conversationRules, relationshipTips, shelterIntro, shelterPhases, shelterNote, barriers, nonPunishment, learning };
export type { RoleId, TipId } from './data/roles.js';
export { getRole, isRoleId, roleIds, rolesFor, tipsFor, UnknownRoleError, type TipFilter } from './tips.js';
export { guidanceFor, type Guidance, type GuidanceQuery, type PracticeElsewhere, type SourcedList } from './guidance.js';
export { resultTipsFor, type ResultLevel, type ResultTips, type ResultTipsQuery } from './result-tips.js';
export {
  exploitationForms,
  type Barrier,
  type CitedItem,
  type CitedText,
  type ExploitationForm,
  type LearningResource,
  type NumberedItem,
  type Principle,
  type Role,
  type RoleTipsDataFile,
  type Tip,
} from './types.js';

/** What `@mh/role-tips/data.json` holds. */
export const dataFile: RoleTipsDataFile = {
  roles,
  conversationRules,
  relationshipTips,
  shelterIntro,
  shelterPhases,
  shelterNote,
  barriers,
  nonPunishment,
  learning,
};
