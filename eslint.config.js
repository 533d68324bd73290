// Lint: typescript-eslint's recommended rules, plus no-unsanitized so that no page or buyer text
// ever reaches innerHTML and friends.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Use src/shared/browser.ts, the one wrapper over the browser API.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/shared/browser.ts', 'test/setup.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Playwright fixtures take an empty destructuring by design.
  { files: ['test/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
);
