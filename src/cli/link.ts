// `gloss annotate --link`: every entity's Wikidata link, chosen by the same functions the worker calls
// (core/link/lookup.ts → score.ts), one name at a time, remembered for the rest of the run.

import { LinkClient, userAgent } from '../core/link/client';
import { MemoryLinkCache } from '../core/link/cache';
import { linkName, type Linker } from '../core/link/lookup';
import { articleWords } from '../core/link/score';
import type { LinkFailure } from '../core/link/types';
import type { EntityMention, EntityType } from '../core/types';
import pkg from '../../package.json' with { type: 'json' };

/** Failures after which the run stops asking: the server is gone, too slow, or asked us to wait. */
const GIVE_UP: ReadonlySet<LinkFailure['reason']> = new Set(['timeout', 'network', 'busy']);

/** What the CLI prints for a linked entity. */
export interface CliLink {
  qid: string;
  title: string;
  description: string;
}

/** The repository to name in the User-Agent, as package.json gives it (a string or `{url}`), if it does. */
function contact(): string | null {
  const p = pkg as { repository?: string | { url?: string }; homepage?: string };
  const repo = typeof p.repository === 'string' ? p.repository : p.repository?.url;
  return (repo ?? p.homepage ?? null)?.replace(/^git\+/, '').replace(/\.git$/, '') ?? null;
}

export function cliLinker(options: { wikidata?: string; wikipedia?: string }): Linker {
  return {
    client: new LinkClient({ ...options, userAgent: userAgent(pkg.version, contact()) }),
    cache: new MemoryLinkCache(),
  };
}

/** The name an entity's card gives it (its group), as the worker's `analyze()` groups mentions. */
export const cardName = (e: EntityMention) => e.name || e.text;

/**
 * Each distinct card name of the article → its link or null, looked up in article order. `failures` holds
 * the names whose look-up failed (their link is null, or from a stale entry of this run's cache).
 */
export async function linkEntities(
  text: string,
  entities: readonly EntityMention[],
  linker: Linker,
): Promise<{ links: Map<string, CliLink | null>; failures: { name: string; failure: LinkFailure }[] }> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const e of entities) {
    const byType = votes.get(cardName(e)) ?? new Map<EntityType, number>();
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    votes.set(cardName(e), byType);
  }
  const names = [...votes.keys()];
  const words = articleWords(text);
  const links = new Map<string, CliLink | null>();
  const failures: { name: string; failure: LinkFailure }[] = [];
  for (const name of names) {
    // The type most mentions have; the first mention's on a tie (Map order is article order).
    let type: EntityType = 'other';
    let most = 0;
    for (const [t, n] of votes.get(name)!) if (n > most) [type, most] = [t, n];
    // Once the server is unreachable, slow or asking us to wait, the other names would only wait 3 s each.
    const down = failures.find((f) => GIVE_UP.has(f.failure.reason));
    if (down) {
      failures.push({ name, failure: down.failure });
      links.set(name, null);
      continue;
    }
    const found = await linkName({ name, type, words, otherNames: names }, linker);
    if (found.failure) failures.push({ name, failure: found.failure });
    links.set(name, found.value ? { qid: found.value.qid, title: found.value.title, description: found.value.description } : null);
  }
  return { links, failures };
}
