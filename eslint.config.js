import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

// Imports flow one way: shared → offline / map / ui → features → app (STYLE.md rule 1).
// Features never import each other; only offline and server touch storage.
const featureNames = ['feedback', 'proposals', 'submissions', 'discover', 'manage', 'settings'];

/**
 * Layers of src/server, bottom first (docs/architecture.md). A layer may import the layers before it,
 * never one after it; folders in one layer do not import each other either, except where noted.
 * `test/` (helpers and factories) is open to tests of every layer and closed to code (below).
 */
const SERVER = './src/server';
const serverLayers = [
  { name: 'config', paths: ['config.ts', 'tile-config.ts'] },
  { name: 'db and http', paths: ['db', 'http'] },
  { name: 'catalog', paths: ['catalog'] },
  { name: 'repositories', paths: ['repositories'] },
  { name: 'presenters', paths: ['presenters'] },
  { name: 'services and auth', paths: ['services', 'auth'] },
  { name: 'context', paths: ['context.ts'] },
  { name: 'routes', paths: ['routes'] },
  { name: 'composition', paths: ['app.ts', 'main.ts', 'cli', 'seeds-import'] },
];
const at = (paths) => paths.map((p) => `${SERVER}/${p}`);

const serverZones = serverLayers.flatMap((layer, index) => {
  const above = serverLayers.slice(index + 1).flatMap((l) => l.paths);
  if (above.length === 0) return [];
  return [{ target: at(layer.paths), from: at(above), message: `src/server layers import downward only: ${layer.name} sits below ${serverLayers[index + 1]?.name}.` }];
});
// Side by side, not on top of each other: services do not log in, auth does not run services.
serverZones.push(
  { target: `${SERVER}/services`, from: `${SERVER}/auth`, message: 'Services and auth are side by side; routes combine them.' },
  { target: `${SERVER}/auth`, from: `${SERVER}/services`, message: 'Services and auth are side by side; routes combine them.' },
  { target: `${SERVER}/db`, from: `${SERVER}/http`, message: 'db and http are side by side.' },
  { target: `${SERVER}/http`, from: `${SERVER}/db`, message: 'db and http are side by side.' },
);

const clientZones = [
  { target: './src/shared', from: ['./src/offline', './src/map', './src/ui', './src/features', './src/app', './src/server'], message: 'src/shared imports nothing of ours but itself.' },
  { target: './src/offline', from: ['./src/features', './src/app', './src/server', './src/map', './src/ui'], message: 'src/offline sits below the features and holds no React.' },
  { target: './src/map', from: ['./src/features', './src/app', './src/server', './src/offline'], message: 'src/map sits below the features.' },
  { target: './src/ui', from: ['./src/offline', './src/map', './src/features', './src/app', './src/server'], message: 'src/ui holds React building blocks without data access: it imports src/shared and libraries only.' },
  { target: './src/features', from: ['./src/app', './src/server'], message: 'Features do not import the app shell or the server.' },
  { target: './src/server', from: ['./src/app', './src/features', './src/offline', './src/map', './src/ui'], message: 'The server imports only src/shared.' },
  ...featureNames.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other; lift shared pieces into src/ui, src/shared or src/offline.',
  })),
];

// @ionic/react is one module that lands wholly in the start page: components only other screens render come
// from src/ui/OnDemandIonic.tsx so their code loads with those screens (issue 12).
const ionicOnDemand = {
  name: '@ionic/react',
  importNames: ['IonItem', 'IonList', 'IonModal', 'IonRadio', 'IonRadioGroup', 'IonRefresher', 'IonRefresherContent', 'useIonAlert', 'IonTextarea', 'IonToggle', 'IonSegment', 'IonSegmentButton'],
  message:
    'Import it from src/ui/OnDemandIonic.tsx (items, lists, modal, radios, refresher, alert), or use our own textarea field, SwitchField (src/ui/form/) or Segment (src/ui/Segment.tsx), so its code stays out of the start page.',
};
const leafletOnlyInMap = { name: 'leaflet', message: 'Leaflet is loaded lazily inside src/map only.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'dev-dist/**', 'test-results/**', 'playwright-report/**', 'data/**', '.e2e-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin },
    // Without TypeScript extensions the resolver finds no file, and no-restricted-paths silently
    // checks nothing (it did until the layer-lint test proved otherwise).
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': ['error', { zones: [...clientZones, ...serverZones] }],
      'no-restricted-imports': ['error', { paths: [leafletOnlyInMap] }],
    },
  },
  {
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/offline touches IndexedDB.' }, leafletOnlyInMap, ionicOnDemand] },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Talk to the network through src/offline.' }],
    },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The one place that names those components, for their types.
    files: ['src/ui/OnDemandIonic.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Only src/offline touches IndexedDB.' }, leafletOnlyInMap] }] },
  },
  {
    // Server code never reaches into the test helpers (they build whole apps); tests may.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts', 'src/server/test/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [leafletOnlyInMap], patterns: [{ group: ['**/test/*'], message: 'Test helpers are for tests.' }] }],
    },
  },
  {
    // File names: React components PascalCase.tsx, everything else kebab-case (STYLE.md rule 9).
    // Middle extensions (`.test`, `.d`, `.model.test`, `.page`, `.spec`) are not part of the name.
    // The entry modules at the top of src (main.tsx, named by index.html; sw.ts) are not components.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/server/db/migrations/[0-9]*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/*.{ts,tsx}': 'KEBAB_CASE', 'src/*/**/*.tsx': 'PASCAL_CASE', '**/*.ts': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // Migrations run in the order of their names: a number, then kebab-case (`0003-managers.ts`).
    files: ['src/server/db/migrations/[0-9]*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.ts': '+([0-9])-+([a-z0-9])*(-+([a-z0-9]))' }, { ignoreMiddleExtensions: true }],
    },
  },
);
