// The Firefox add-on id, written into dist/firefox/manifest.json by the build and used by the
// test harness to install and address the add-on: one value for both.
export const GECKO_ID = 'gloss@gloss.example';
