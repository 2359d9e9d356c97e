// Drop-in file: defines <mh-signal-check> and <mh-contact-card>, with Lit and all data inside.
import '../signal-check.js';
import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
