// The error every mh package throws for data that does not fit its schema: it names each path.

export interface DataIssue {
  /** Where in the data, e.g. `contacts[3].phones[0].number`; empty for the value itself. */
  readonly path: string;
  readonly message: string;
}

export class DataValidationError extends Error {
  override readonly name = 'DataValidationError';
  /** What was being read, e.g. "contact data". */
  readonly subject: string;
  readonly issues: readonly DataIssue[];

  constructor(subject: string, issues: readonly DataIssue[]) {
    super(`Invalid ${subject}:\n${issues.map((issue) => `  - ${issue.path || '(the value itself)'}: ${issue.message}`).join('\n')}`);
    this.subject = subject;
    this.issues = issues;
  }
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `['contacts', 3, 'nl-NL']` → `contacts[3]["nl-NL"]`, the way a developer would write it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && identifier.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
