// The stylesheet that paints the highlights (::highlight() rules in the kinds' colours), adopted by the
// document from this script instead of inserted by the worker (scripting.insertCSS): that round trip
// through the browser landed 50-90 ms after the click, and the page painted nothing before it. A
// constructed sheet is not subject to the page's Content-Security-Policy. The page can see it and
// remove it, as it can see and clear the highlights themselves: it holds colours and nothing else.
import { highlightCss } from '../core/palette';

/**
 * Adds the sheet to the document; returns what removes it. Adding any sheet restyles the whole
 * page (::highlight() applies to every element): Session.adoptSheet() says when.
 */
export function adoptHighlightSheet(): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
