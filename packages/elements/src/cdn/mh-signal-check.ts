// Drop-in file: defines <mh-signal-check> (and the <mh-contact-card> its result shows).
import '../signal-check.js';
import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
