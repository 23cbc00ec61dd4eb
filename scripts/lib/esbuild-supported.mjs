// Syntax esbuild must leave as written in every bundle we make (the extension, the CLI, the scripts'
// bundles), whatever the target. esbuild cannot tell which Unicode property names a browser knows, so
// for any target but esnext it rewrites a regular expression literal with \p{…} into
// `new RegExp("…", "u")`, which builds a fresh object each time the expression runs: inside the
// recognizer's per-token tests that was a fifth of recognize()'s time. Our targets (Chrome 120,
// Firefox 128, Node 20) know the general categories we use (L, Lu, Ll, M, N, P) since ES2018; the
// unit test esbuild-supported.test.ts fails if a bundle of the recognizer still builds one per call.
export const SUPPORTED = { 'regexp-unicode-property-escapes': true };
