/**
 * One builder per entity the API tests create, each taking an overrides object with sensible defaults:
 * `buildX(app, { ...only what the test is about })`. Builders write straight in the database where the
 * rows are plain (users, groups, memberships, threads, notifications; `...Row` variants for tests that read
 * tables) and go through the API where the server's own work matters (messages, flags, practices along the
 * curation flow, evaluations, ratings, feedback, resources, invitations).
 */
export * from './discussions';
export * from './groups';
export * from './inquiries';
export * from './invitations';
export * from './meetings';
export * from './notifications';
export * from './practices';
export * from './research';
export * from './resources';
export * from './users';
