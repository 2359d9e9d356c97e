// Stories of <mh-signal-check>: the empty check, each result level, each region, quick exit.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { roles } from '@mh/role-tips';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../signal-check.js';
import '../../role-tips.js';
import type { SignalCheck } from './signal-check.js';

interface Args {
  region: string;
  exitUrl: string;
  readerRole: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Signal check',
  component: 'mh-signal-check',
  tags: ['autodocs'],
  args: { region: 'BE-VLG', exitUrl: '', readerRole: '' },
  argTypes: {
    region: { control: 'select', options: ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'] },
    readerRole: { control: 'select', options: ['', ...roles.map((role) => role.id)] },
  },
  render: (args, { globals }) =>
    html`<mh-signal-check region=${args.region} exit-url=${args.exitUrl || ''} reader-role=${ifDefined(args.readerRole || undefined)} lang=${String(globals.locale ?? 'nl')}></mh-signal-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Ticks the given indicators, answers the acute question, and shows the result. */
function answer(indicators: readonly string[], acute: 'yes' | 'no') {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const check = canvasElement.querySelector<SignalCheck>('mh-signal-check');
    if (!check?.shadowRoot) throw new Error('mh-signal-check did not render');
    await check.updateComplete;
    for (const id of indicators) check.shadowRoot.querySelector<HTMLInputElement>(`#indicator-${id}`)?.click();
    check.shadowRoot.querySelector<HTMLInputElement>(`#acute-${acute}`)?.click();
    check.shadowRoot.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    await check.updateComplete;
  };
}

export const Empty: Story = { name: 'Before anything is ticked' };
export const WithQuickExit: Story = { name: 'With a quick exit', args: { exitUrl: 'https://www.google.com/' } };
export const NothingTicked: Story = { name: 'Result: nothing ticked', play: answer([], 'no') };
export const Attention: Story = { name: 'Result: one sign (attention)', play: answer(['often-tired'], 'no') };
export const Concern: Story = { name: 'Result: several signs (concern)', play: answer(['fearful-when-contacted', 'runs-away'], 'no') };
export const Acute: Story = { name: 'Result: acute danger', play: answer(['sexual-acts-and-distress'], 'yes') };
export const Wallonia: Story = { name: 'Result in Wallonia', args: { region: 'BE-WAL' }, play: answer(['often-tired', 'breaks-the-law'], 'no') };
export const Netherlands: Story = { name: 'Result in the Netherlands', args: { region: 'NL' }, play: answer(['runs-away', 'often-tired'], 'yes') };
export const UnknownRegion: Story = { name: 'Unknown region: a notice', args: { region: 'vlaanderen' } };

// With reader-role: the result adds what that role can do (issue 27, part 2).
export const TeacherFlanders: Story = { name: 'Reader: a teacher in Flanders (no Belgian tip yet)', args: { readerRole: 'teacher' }, play: answer(['often-tired', 'runs-away'], 'no') };
export const YouthCareWorkerDanger: Story = { name: 'Reader: a youth care worker in Flanders, in danger', args: { readerRole: 'youth-care-worker' }, play: answer([], 'yes') };
export const PoliceWallonia: Story = { name: 'Reader: the police in Wallonia', args: { region: 'BE-WAL', readerRole: 'police' }, play: answer(['sexual-acts-and-distress'], 'no') };
export const ParentBrussels: Story = { name: 'Reader: a parent in Brussels (no professional secret)', args: { region: 'BE-BRU', readerRole: 'parent-or-friend' }, play: answer(['sexual-acts-and-distress'], 'no') };
export const TeacherNetherlands: Story = {
  name: 'Reader: a teacher in the Netherlands, with the role tips on the page',
  args: { region: 'NL', readerRole: 'teacher' },
  render: (args, { globals }) => html`<mh-signal-check id="check" region=${args.region} reader-role=${args.readerRole} lang=${String(globals.locale ?? 'nl')}></mh-signal-check>
    <mh-role-tips id="tips" for="check" reader-role=${args.readerRole} region=${args.region} lang=${String(globals.locale ?? 'nl')}></mh-role-tips>`,
  play: answer(['often-tired', 'runs-away'], 'no'),
};
export const UnknownRole: Story = { name: 'Reader: an unknown role (a notice)', args: { readerRole: 'pupil' } };
