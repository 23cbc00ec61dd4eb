// Where ../shared/corpus is: beside the repository (as on the developers' machines and in CI,
// which clones the repo next to shared/), or wherever GLOSS_CORPUS points.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusRoot = resolve(
  process.env.GLOSS_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus'),
);
