import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

// Imports flow one way: shared → offline / map → features → app (STYLE.md rule 1).
// Features never import each other; only offline and server touch storage.
const featureNames = ['feedback', 'proposals', 'submissions', 'centres', 'volunteering', 'manage', 'settings', 'discover'];

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
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/shared', from: ['./src/offline', './src/map', './src/features', './src/app', './src/server'], message: 'src/shared imports nothing of ours but itself.' },
            { target: './src/offline', from: ['./src/features', './src/app', './src/server', './src/map'], message: 'src/offline sits below the features.' },
            { target: './src/map', from: ['./src/features', './src/app', './src/server', './src/offline'], message: 'src/map sits below the features.' },
            { target: './src/features', from: ['./src/app', './src/server'], message: 'Features do not import the app shell or the server.' },
            { target: './src/server', from: ['./src/app', './src/features', './src/offline', './src/map'], message: 'The server imports only src/shared.' },
            ...featureNames.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features never import each other; lift shared pieces into src/shared or src/offline.',
            })),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'leaflet', message: 'Leaflet is loaded lazily inside src/map only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/offline touches IndexedDB.' },
            { name: 'leaflet', message: 'Leaflet is loaded lazily inside src/map only.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Talk to the network through src/offline.' }],
    },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // File names: React components PascalCase.tsx, everything else kebab-case (STYLE.md rule 9).
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.d.ts'],
    rules: {},
  },
);
