/** Set by scripts/build.mjs: which browser this bundle is for. */
declare const __BROWSER__: 'chrome' | 'firefox';

/** esbuild bundles imported CSS into a sibling .css file. */
declare module '*.css';
