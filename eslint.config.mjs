import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_ELECTRON = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron.',
};

/** Relative imports that climb into a layer's folder (gitignore-style patterns over the import path). */
const SHARED_ONLY = {
  group: ['**/main/**', '**/preload/**', '**/renderer/**'],
  message: 'src/shared imports neither main, preload nor renderer code.',
};
const NO_NODE = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto'],
  message: 'src/shared runs in the renderer too: no Node modules.',
};
const NO_MAIN = {
  group: ['**/main/**', '!**/shared/**'],
  message: 'The renderer and preload reach main only through the contract in src/shared.',
};
const NO_UI = {
  group: ['**/renderer/**', '**/preload/**'],
  message: 'Main never imports renderer or preload code.',
};
const NO_STORE = {
  group: ['./*', '../stores/*'],
  message: 'Stores never import each other: subscribe with onChange (api/changes).',
};
const NO_OTHER_SQL = {
  group: ['../*/repository', '../*/repository/*', '../../*/repository', '../../*/repository/*'],
  message: "A domain reaches another only through that domain's service functions, never its SQL.",
};
const NO_AUDIT_WRITES = {
  group: ['**/core/auditTrail'],
  message: 'Audit rows are written by m.audit() inside mutate() (core/mutation.ts).',
};

/**
 * The import restrictions of a folder. ESLint replaces a rule's options block by block, so each block names
 * every restriction that applies to its files; `electron: true` where electron may be imported.
 */
const restrictImports = (patterns, { electron = false } = {}) => [
  'error',
  { ...(electron ? {} : { paths: [NO_ELECTRON] }), patterns },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', '.native/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [NO_ELECTRON] }],
    },
  },
  // The layers (docs/architecture.md): shared is imported by everyone and imports none of them; the renderer
  // and preload reach main only through the contract; only the Electron glue (and preload) imports electron.
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': restrictImports([SHARED_ONLY, NO_NODE]),
    },
  },
  {
    files: ['src/renderer/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': restrictImports([NO_MAIN]),
    },
  },
  {
    // Stores never import each other: a store that shows a kind of record subscribes to its change events.
    files: ['src/renderer/src/stores/**'],
    rules: {
      'no-restricted-imports': restrictImports([NO_MAIN, NO_STORE]),
    },
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': restrictImports([NO_UI]),
    },
  },
  {
    // Domains (docs/adding-a-domain.md): a mutation is one mutate() call, which owns its transaction, stamp
    // and audit rows; a domain reaches another only through that domain's service functions.
    files: ['src/main/domains/**'],
    rules: {
      'no-restricted-imports': restrictImports([NO_UI, NO_OTHER_SQL, NO_AUDIT_WRITES]),
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.property.name='transaction'][callee.object.name=/^(db|d)$/]",
          "CallExpression[callee.property.name='transaction'][callee.object.property.name='db']",
        ].map((selector) => ({
          selector,
          message:
            'A mutation runs in mutate(ctx, m => …) (core/mutation.ts): one transaction with its stamp and audit rows.',
        })),
      ],
    },
  },
  {
    files: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': restrictImports([NO_UI], { electron: true }),
    },
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': restrictImports([NO_MAIN], { electron: true }),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every user-visible string goes through i18next: no literal text in JSX.
    files: ['src/renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  prettier,
);
