// Drop-in file: defines <mh-contact-card>, with Lit and the contacts inside.
import '../contact-card.js';
import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
