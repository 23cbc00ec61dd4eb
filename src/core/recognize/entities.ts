// PLACEHOLDER: replaced by the entity recognizer.
import type { EntityMention } from '../types';
export function recognizeEntities(_text: string): EntityMention[] {
  return [];
}
