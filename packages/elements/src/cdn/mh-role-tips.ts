// Drop-in file: defines <mh-role-tips>, with Lit and the role tips inside.
import '../role-tips.js';
import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
