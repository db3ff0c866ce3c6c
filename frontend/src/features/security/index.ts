/**
 * The public entry of the security feature: the app shell and other features import only what is exported here.
 * Nothing of it is shared today; its pages are in pages.ts, which the router loads when one is opened.
 */
export {};
