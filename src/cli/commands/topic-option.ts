import type { Catalog } from '../../catalog/types.js';
import { usageError } from '../errors.js';

/** An unknown --topic is a usage error that lists the valid ids. */
export function assertTopic(catalog: Catalog, topic: string): void {
  if (catalog.topics.some((t) => t.id === topic)) return;
  const ids = catalog.topics.map((t) => t.id);
  throw usageError(
    'UNKNOWN_TOPIC',
    `--topic: unknown topic "${topic}"; valid: ${ids.join(', ')}`,
    `e.g. --topic ${ids[0] ?? 'general'} (see \`wxhelp topics\`)`,
  );
}
