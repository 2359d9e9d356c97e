// Stories of <mh-role-tips>: a role in each region, the picker without a role, an unknown role
// and region, in the toolbar's language.
import { roles } from '@mh/role-tips';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../role-tips.js';

interface Args {
  readerRole: string;
  region: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Role tips',
  component: 'mh-role-tips',
  tags: ['autodocs'],
  args: { readerRole: 'teacher', region: 'BE-VLG' },
  argTypes: {
    readerRole: { control: 'select', options: ['', ...roles.map((role) => role.id)] },
    region: { control: 'select', options: ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'] },
  },
  render: (args, { globals }) =>
    html`<mh-role-tips reader-role=${ifDefined(args.readerRole || undefined)} region=${args.region} lang=${String(globals.locale ?? 'nl')}></mh-role-tips>`,
};
export default meta;

type Story = StoryObj<Args>;

export const TeacherFlanders: Story = { name: 'Teacher in Flanders: Dutch practice, said to be Dutch' };
export const PoliceWallonia: Story = { name: 'Police in Wallonia', args: { readerRole: 'police', region: 'BE-WAL' } };
export const YouthCareBrussels: Story = { name: 'Youth care worker in Brussels: the Flemish playbook, said to be Flemish', args: { readerRole: 'youth-care-worker', region: 'BE-BRU' } };
export const TeacherNetherlands: Story = { name: 'Teacher in the Netherlands', args: { region: 'NL' } };
export const NoRole: Story = {
  name: 'No reader-role: the role picker first',
  render: (args, { globals }) => html`<mh-role-tips region=${args.region} lang=${String(globals.locale ?? 'nl')}></mh-role-tips>`,
};
export const UnknownRole: Story = { name: 'Unknown role: a polite message and the picker', args: { readerRole: 'pupil' } };
export const UnknownRegion: Story = { name: 'Unknown region: a notice, the tips for Belgium', args: { readerRole: 'police', region: 'FR' } };
export const OneBarrierOpen: Story = {
  name: 'A barrier opened',
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('mh-role-tips');
    await (element as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
    const details = element?.shadowRoot?.querySelector('details');
    if (details) details.open = true;
  },
};
