import { indexOf } from '../../advise/catalog-index.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { unknownIdError } from './unknown-id.js';

/** An unknown --topic is a usage error that suggests the nearest topic and lists the valid ids. */
export async function assertTopic(catalog: Catalog, topic: string, lang: Lang = 'en'): Promise<void> {
  if (indexOf(catalog).topic.get(topic) !== undefined) return;
  throw await unknownIdError(catalog, lang, { kind: 'topic', value: topic, example: (id) => `--topic ${id}` });
}
