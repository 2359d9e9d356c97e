// Stories of <mh-contact-card>: every state, in the toolbar's language.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { contacts } from '@mh/contacts';
import { html } from 'lit';
import '../../contact-card.js';

interface Args {
  contact: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Contact card',
  component: 'mh-contact-card',
  tags: ['autodocs'],
  args: { contact: 'child-focus', compact: false },
  argTypes: { contact: { control: 'select', options: contacts.map((contact) => contact.id) } },
  render: (args, { globals }) =>
    html`<mh-contact-card contact=${args.contact} ?compact=${args.compact} lang=${String(globals.locale ?? 'nl')}></mh-contact-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const ChildFocus: Story = { name: 'Child Focus (free, 24/7)' };
export const WithAddress: Story = { name: 'A specialised centre with address', args: { contact: 'payoke' } };
export const Compact: Story = { args: { contact: 'pag-asa', compact: true } };
export const Netherlands: Story = { name: 'Veilig Thuis (Netherlands)', args: { contact: 'veilig-thuis' } };
export const UnknownId: Story = { name: 'Unknown id: a polite message', args: { contact: 'childfocus' } };
export const MissingId: Story = { name: 'No contact attribute', args: { contact: '' } };

export const AllContacts: Story = {
  name: 'Every contact',
  render: (_args, { globals }) =>
    html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr))">
      ${contacts.map((contact) => html`<mh-contact-card contact=${contact.id} lang=${String(globals.locale ?? 'nl')}></mh-contact-card>`)}
    </div>`,
};
