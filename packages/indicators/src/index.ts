// @mh/indicators: signals that a young person may be a victim of trafficking, how to weigh them,
// and what to do next. No zod here: validators live in `@mh/indicators/schema`.
import { groups } from './data/groups.js';
import { indicators } from './data/indicators.js';
import { levelDefinitions } from './data/levels.js';
import { steps } from './data/steps.js';
import { traffickingDefinition } from './data/definition.js';
import type { IndicatorsDataFile } from './types.js';

export { groups, indicators, levelDefinitions, steps, traffickingDefinition };
export { disclosureInputFor } from './secrecy.js';
export { notADiagnosis } from './data/levels.js';
export type { IndicatorId } from './data/indicators.js';
export {
  assessSignals,
  indicatorsByGroup,
  levelFor,
  stepsFor,
  thresholds,
  UnknownIndicatorError,
  type AssessInput,
  type Assessment,
  type Reason,
} from './assess.js';
export {
  exploitationForms,
  indicatorGroupIds,
  levels,
  type CitedText,
  type ExploitationForm,
  type Indicator,
  type IndicatorGroup,
  type IndicatorGroupId,
  type IndicatorsDataFile,
  type Level,
  type LevelDefinition,
  type NextStep,
} from './types.js';

/** What `@mh/indicators/data.json` holds. */
export const dataFile: IndicatorsDataFile = { groups, indicators, levels: levelDefinitions, steps, traffickingDefinition };
