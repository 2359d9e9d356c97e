// Stories of <mh-signal-check>: the empty check, each result level, each region, quick exit.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../signal-check.js';
import type { SignalCheck } from './signal-check.js';

interface Args {
  region: string;
  exitUrl: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Signal check',
  component: 'mh-signal-check',
  tags: ['autodocs'],
  args: { region: 'BE-VLG', exitUrl: '' },
  argTypes: { region: { control: 'select', options: ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'] } },
  render: (args, { globals }) =>
    html`<mh-signal-check region=${args.region} exit-url=${args.exitUrl || ''} lang=${String(globals.locale ?? 'nl')}></mh-signal-check>`,
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
