// The entity card's "What it is" section: what Gloss's shipped tables say a place, a country or a listed
// company is, after what the article itself says, with the table it comes from. Text only: every word is a
// Preact text child, and nothing here is private (the tables ship with Gloss; the name is the page's).
import { factLine, factSource } from '../core/facts/describe';
import type { Fact } from '../core/facts/types';

export function CardFacts({ facts }: { facts: Fact | null | undefined }) {
  if (!facts) return null;
  return (
    <section class="facts">
      <h3>What it is</h3>
      <p class="fact">{factLine(facts)}</p>
      <p class="source">Source: {factSource(facts)}</p>
    </section>
  );
}
