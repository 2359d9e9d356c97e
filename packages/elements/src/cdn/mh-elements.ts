// Drop-in file: defines <mh-signal-check>, <mh-contact-card> and <mh-role-tips>, with Lit and all data inside.
import '../signal-check.js';
import '../role-tips.js';
import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
