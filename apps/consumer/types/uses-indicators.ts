// Compiled (not run) under bundler and node16 resolution: the published types must resolve in both.
import { assessSignals, type Assessment, type IndicatorId } from '@mh/indicators';
import { parseIndicators } from '@mh/indicators/schema';

const ticked: IndicatorId[] = ['runs-away', 'often-tired'];
// @ts-expect-error: an indicator id that does not exist does not compile
const typo: IndicatorId = 'runs-awya';

export const result: Assessment = assessSignals({ indicators: ticked, region: 'NL' });
export const parsed = parseIndicators([]);
export { typo };
