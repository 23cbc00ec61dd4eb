// Extraction keeps each cloned Text node's live twin as a tag on the clone's node (issue 12). In
// Firefox the content script sees the page's nodes, and its clone's, through Xray wrappers: a tag
// that did not stick would leave every node to text alignment, which finds a repeated sentence at
// its first place in the page. Here the story's opening is repeated, word for word, in a hidden
// teaser before it: the figure must be marked in the story.
import { expect, test } from 'vitest';
import { firefoxForFile, waitForHighlights, type FirefoxGloss, type StaticServer } from './harness';

let server: StaticServer;
let gloss: FirefoxGloss;
firefoxForFile((g, s) => {
  gloss = g;
  server = s;
});

test('a sentence repeated in a hidden teaser is marked where the story has it, not in the teaser', async () => {
  const page = await gloss.newPage();
  await page.goto(`${server.url}twin-text.html`);
  await gloss.clickAction(page);
  const highlights = await waitForHighlights(page, 1);
  expect(highlights.map((h) => h.name)).toContain('gloss-money');
  // Where each money mark's text is: the id of the nearest ancestor that has one.
  const places = await page.evaluate(`(() => {
    const out = [];
    CSS.highlights.get('gloss-money').forEach((r) => {
      const el = r.startContainer.parentElement;
      out.push(String(r.toString()) + ' in ' + (el && el.closest('[id]') ? el.closest('[id]').id : '?'));
    });
    return out;
  })()`);
  expect(places).toContain('£2.5bn in story');
  expect((places as string[]).filter((p) => p.endsWith(' in teaser'))).toEqual([]);
  await page.close();
});
