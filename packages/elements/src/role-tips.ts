// Defines <mh-role-tips>. Import this file (or a drop-in file from dist/cdn) to use the tag.
import { RoleTips } from './components/role-tips/role-tips.js';
import { defineElement } from './internal/define.js';

export { RoleTips };
export type { Strings, StringKey } from './internal/strings.js';
export type { RoleTipsStrings, RoleTipsStringKey } from './data/role-tips-strings.js';

defineElement('mh-role-tips', RoleTips);

declare global {
  interface HTMLElementTagNameMap {
    'mh-role-tips': RoleTips;
  }
}
