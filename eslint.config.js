// Lint: typescript-eslint's type-checked rules (a promise nobody awaits or catches is an error),
// the hooks rules (Preact's hooks follow React's), no-unsanitized so that no page or buyer text
// ever reaches innerHTML and friends, and the layers of design.md §1 as import rules.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Use src/shared/browser.ts, the one wrapper over the browser API.',
};

/** What each part of src/ may not import: core nothing, the UIs only messages, core and ui. */
const LAYERS = {
  core: [
    'background',
    'content',
    'history',
    'messages',
    'options',
    'page-world',
    'popup',
    'shared',
    'sites',
    'store',
    'ui',
  ],
  messages: ['background', 'content', 'history', 'options', 'page-world', 'popup', 'shared', 'sites', 'store', 'ui'],
  store: ['background', 'content', 'history', 'options', 'page-world', 'popup', 'shared', 'sites', 'ui'],
  popup: ['background', 'content', 'history', 'options', 'page-world', 'shared', 'sites', 'store'],
  options: ['background', 'content', 'history', 'page-world', 'popup', 'shared', 'sites', 'store'],
  history: ['background', 'content', 'options', 'page-world', 'popup', 'shared', 'sites', 'store'],
  welcome: ['background', 'content', 'history', 'options', 'page-world', 'popup', 'shared', 'sites', 'store'],
  privacy: ['background', 'content', 'history', 'options', 'page-world', 'popup', 'shared', 'sites', 'store'],
  ui: ['background', 'content', 'history', 'options', 'page-world', 'popup', 'sites', 'store'],
  content: ['background', 'history', 'options', 'popup', 'store', 'ui'],
  'page-world': ['background', 'content', 'history', 'options', 'popup', 'store', 'ui'],
  sites: ['background', 'content', 'history', 'options', 'popup', 'store', 'ui'],
  background: ['content', 'history', 'options', 'page-world', 'popup', 'ui'],
};

const layer = ([dir, forbidden]) => ({
  files: [`src/${dir}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [POLYFILL],
        patterns: [
          {
            regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
            message: `src/${dir} may not import this part (design.md §1: core imports nothing; UIs import messages, core and ui; the store knows no UI).`,
          },
          ...(dir === 'core'
            ? [
                {
                  regex: '^(idb|preact|valibot|webextension-polyfill)',
                  message: 'core is pure: no storage, UI or browser.',
                },
              ]
            : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-firefox/',
      'packages/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'demo-shots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  noUnsanitized.configs.recommended,
  // The two rules of hooks. The plugin's other recommended rules check code for the React Compiler,
  // which Preact does not use.
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page and buyer text is rendered as text only.',
        },
        {
          selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: 'No code from strings.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  ...Object.entries(LAYERS).map(layer),
  // valibot's schemas are kept by any bundle that imports their file: the extension pages take only
  // types from messages (their replies are not parsed), and values from records.ts, which has none.
  {
    files: ['src/popup/**', 'src/options/**', 'src/history/**', 'src/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+messages(/(index|settings|page-reading|plausibility|[a-z-]+-to-[a-z-]+|background-replies))?$',
              allowTypeImports: true,
              message: 'Import only types from here; values from messages/records (no schemas in a page bundle).',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/shared/browser.ts', 'test/setup.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Tests build fakes (async methods with nothing to await) and read JSON and matchers typed `any`;
  // the promise rules still hold there, an expectation nobody awaits being a test that cannot fail.
  {
    files: ['test/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Playwright fixtures take an empty destructuring by design.
  { files: ['test/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
