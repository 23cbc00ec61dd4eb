// Optional permissions Gloss may ask for, named once for the worker (which checks them) and the
// panel (which requests them, inside the reader's click).

/**
 * Reading tab addresses and titles ("tabs"), never page content: lets the worker know a page's
 * notes before Gloss is pressed there (badge count, panel list). Both Chromium and Firefox accept
 * "tabs" in optional_permissions.
 */
export const PAGE_ADDRESSES = { permissions: ['tabs' as const] };
