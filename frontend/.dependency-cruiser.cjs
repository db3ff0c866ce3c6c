/**
 * The allowed directions of imports in the frontend (run with `npm run lint:deps:frontend` at the root).
 *
 *   main.tsx -> app (the shell) -> features/<f>/index.ts -> the feature's own files
 *                                 -> features/<f>/pages.ts (its pages, loaded lazily by the router)
 *   every layer may use components/, lib/ and i18n/types; components/ and lib/ use no feature.
 *
 * Paths are relative to the repository root, where the script runs.
 */
const path = require('node:path');

const SRC = '^frontend/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle makes the modules in it one unit that cannot be read, tested or changed alone, and the order in ' +
        'which they are evaluated decides whether a value is still undefined. Move what both sides need into a ' +
        'third module (components/ or lib/).',
      severity: 'error',
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: 'features-not-to-app',
      comment:
        'The app shell (routes, layout, guards, providers) puts the features together; a feature that imported ' +
        'it would depend on every other feature through it. What a feature needs from the shell belongs in ' +
        'components/ or lib/.',
      severity: 'error',
      from: { path: `${SRC}features/` },
      to: { path: `${SRC}app/` },
    },
    {
      name: 'feature-only-through-its-entry',
      comment:
        'A feature is used by others only through its public entry (features/<f>/index.ts), so that its files ' +
        'can be moved, split or renamed without touching the rest of the app.',
      severity: 'error',
      from: { path: `${SRC}features/([^/]+)/` },
      to: {
        path: `${SRC}features/[^/]+/`,
        pathNot: [`${SRC}features/$1/`, `${SRC}features/[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'shell-uses-features-through-their-entry',
      comment:
        'The shell and main.tsx use a feature only through its public entry, like other features do, and its ' +
        'pages through features/<f>/pages.ts, which the router loads lazily. The one exception is i18n/, the single ' +
        "place where the features' translation namespaces are merged.",
      severity: 'error',
      from: { path: SRC, pathNot: [`${SRC}features/`, `${SRC}i18n/`] },
      to: { path: `${SRC}features/[^/]+/`, pathNot: `${SRC}features/[^/]+/(index|pages)\\.ts$` },
    },
    {
      name: 'i18n-only-feature-translations',
      comment:
        'i18n/ merges the translation files of the features (features/<f>/i18n/*) and nothing else of them: ' +
        'the translations must load without the pages that use them.',
      severity: 'error',
      from: { path: `${SRC}i18n/` },
      to: { path: `${SRC}features/[^/]+/`, pathNot: `${SRC}features/[^/]+/i18n/` },
    },
    {
      name: 'shared-code-uses-no-feature',
      comment:
        'components/ and lib/ are shared by every feature; if they imported a feature, that feature would be ' +
        'loaded (and could break) wherever they are used, and the feature could no longer use them without a ' +
        'cycle.',
      severity: 'error',
      from: { path: `${SRC}(components|lib)/` },
      to: { path: `${SRC}(features|app)/` },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'An import that resolves to no file is a typo or a missing dependency. The workspace packages (@pn/...) ' +
        'resolve to their build output, which `npm run lint` runs before on a fresh clone; TypeScript checks them.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^@pn/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.css'],
    },
  },
};
