/**
 * The directions the backend's imports may take, checked by `npm run lint:deps` (and so by `npm run lint`).
 * Paths are relative to backend/. Every rule says why it exists; a rule that no longer holds is changed
 * here, with its reason, not silenced at the import.
 *
 * The layers, lowest first: config/ and database/ (no feature), common/ (what every module shares: guards,
 * the zod pipe, the error filter), then modules/<feature>/. The app shell (main.ts, app.module.ts,
 * app.factory.ts, cli/) imports modules; nothing imports it.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A loop of imports has no lower end: neither side can be read, tested or changed alone, and at load ' +
        'time one side sees the other half-initialised. Move what both need to the lower one, or let the ' +
        'lower one offer an interface the higher one provides (see users/account-data.ts, ' +
        'practices/practice-evaluations.ts). Exception: TypeORM entities of one module that name each other ' +
        'in a two-sided relation (evaluation and its outcomes); TypeORM resolves those through the lazy ' +
        '`() => Entity` functions, which is how it asks for them.',
      from: { pathNot: '[.]entity[.]ts$' },
      to: { circular: true },
    },
    {
      name: 'common-imports-no-module',
      severity: 'error',
      comment:
        'common/ is what every module builds on: if it imported a module, that module and common would depend ' +
        'on each other. What common needs of a module (the session behind a request) is given to it.',
      from: { path: '^src/common/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-other-module-repository',
      severity: 'error',
      comment:
        "A module's repository is its storage, private to it: another module asks through the module's " +
        'services, policies, mappers or offered interfaces, so that the owner can change its tables and ' +
        "queries alone. (Entities may be imported: TypeORM relations and the data source's entity list name " +
        'entities of other modules, and that is how TypeORM works; they never leave the backend.)',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/.+[.]repository[.]ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-other-module-controller',
      severity: 'error',
      comment: 'A controller is an entry point for HTTP, not a library: what it does is in its services.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/.+[.]controller[.]ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-migration-imports',
      severity: 'error',
      comment:
        'A committed migration is history and never changes, so code must not depend on it: a constant that ' +
        'both need is copied, and a unit check holds the copies equal (database/search-stemmers.spec.ts).',
      from: { pathNot: '^src/database/' },
      to: { path: '^src/database/migrations/' },
    },
    {
      name: 'no-app-shell-imports',
      severity: 'error',
      comment:
        'The app shell (main.ts, app.module.ts, app.factory.ts, cli/) assembles the modules; a module that ' +
        'imported it would depend on every other module.',
      from: { path: '^src/(common|config|database|modules)/' },
      to: { path: '^src/(main|app[.]module|app[.]factory)[.]ts$|^src/cli/' },
    },
    {
      name: 'users-does-not-import-auth',
      severity: 'error',
      comment:
        "Auth builds on users (its sessions are users' sessions); users gets what it needs of sessions " +
        'through users/account-sessions.ts, which the auth module provides. The one exception is the ' +
        "request's auth (auth/auth-context.ts: who calls, as the access guard found them, and the parameter " +
        "decorators that read it), which every module's controllers use and which names users' types only.",
      from: { path: '^src/modules/users/' },
      to: { path: '^src/modules/auth/', pathNot: '^src/modules/auth/auth-context[.]ts$' },
    },
    {
      name: 'practices-do-not-import-evaluations',
      severity: 'error',
      comment:
        'Evaluations build on practices (an evaluation is of a practice); a practice gets its evaluations ' +
        'through practices/practice-evaluations.ts, which the evaluations module provides.',
      from: { path: '^src/modules/practices/' },
      to: { path: '^src/modules/evaluations/' },
    },
    {
      name: 'users-imports-no-feature-with-personal-data',
      severity: 'error',
      comment:
        'Account export and erasure collect one exporter per module (users/account-data.ts), and a profile ' +
        "change's emails come through users/account-emails.ts; users reaching into a feature again would bring " +
        'back the loops these removed (every feature with personal data builds on users).',
      from: { path: '^src/modules/users/' },
      to: {
        path: '^src/modules/(accounts|audit|discussions|groups|notifications|practices|evaluations|resources|second-factor|email-notifications|mail)/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a loop of types is still a loop for whoever reads the code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
