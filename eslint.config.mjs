// ESLint: typescript-eslint's recommended rules, plus the import boundaries between the places
// code runs (as darkreader checks its own): the page bundle must not pull in worker or panel
// code, the panel and the worker talk only by messages, and core is pure logic.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const others = (...folders) => folders.flatMap((f) => [`**/${f}/*`, `../${f}/*`, `../../${f}/*`]);
const boundary = (message, ...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'assets/', 'test/snapshots/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __BROWSER__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/content/**'],
    rules: boundary(
      'Content code runs in the page: reach the worker by messages (core/messaging).',
      ...others('background', 'sidepanel', 'frame', 'options', 'cli'),
    ),
  },
  {
    files: ['src/options/**'],
    rules: boundary(
      'The settings page keeps to storage and core; it talks to no other context.',
      ...others('background', 'content', 'sidepanel', 'frame', 'cli'),
    ),
  },
  {
    files: ['src/frame/**'],
    rules: boundary(
      'The card frame talks to the worker by messages (core/messaging).',
      ...others('background', 'content', 'sidepanel', 'cli'),
    ),
  },
  {
    files: ['src/sidepanel/**'],
    rules: boundary('The panel talks to the worker by messages (core/messaging).', ...others('background', 'content', 'cli')),
  },
  {
    files: ['src/background/**'],
    rules: boundary('The worker talks to pages and the panel by messages.', ...others('content', 'sidepanel', 'options', 'cli')),
  },
  {
    files: ['src/core/**'],
    rules: boundary(
      'core is pure logic: no browser APIs, no database, no other context.',
      ...others('background', 'content', 'sidepanel', 'options', 'cli'),
      'webextension-polyfill',
      'idb',
    ),
  },
  {
    // Test and build scripts are Node programs and test helpers; their loose `any`s talk to browsers.
    files: ['scripts/**', 'test/**'],
    languageOptions: { globals: { chrome: 'readonly' } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
