// parseData: validates with a zod schema and throws a DataValidationError naming each path.
// zod is only a type here, so this module costs nothing where zod is not loaded anyway.
import type { z } from 'zod';
import { DataValidationError, formatPath } from './errors.js';

/**
 * Validates `data` and returns it typed, or throws a DataValidationError whose message lists
 * every problem with its path (`Invalid contact data: - [2].phones[0].number: …`).
 */
export function parseData<T extends z.ZodType>(schema: T, data: unknown, subject: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new DataValidationError(
    subject,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}
