import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import boundaries of the design: content -> engine -> store -> features -> app. */
const ENGINE_RULE = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*', 'react-markdown'], message: 'src/engine is pure TypeScript: no React, no router, no zustand.' },
    { group: ['**/store/**', '**/features/**', '**/ui/**', '**/lib/**', '**/app/**'], message: 'src/engine imports nothing from the layers above it (store, features, ui, lib, app).' },
  ],
};
const NOT_FSRS = { group: ['ts-fsrs'], message: 'Only src/engine/srs imports ts-fsrs; call the srs engine instead.' };
const NOT_YAML = { group: ['yaml'], message: 'The YAML parser runs at build time only (src/engine/content, scripts); it must stay out of the browser bundle.' };
const NOT_CONTENT_PARSERS = {
  group: ['**/engine/content/parse-*', '**/engine/content/validate-content', '**/engine/content/schemas'],
  message: 'Content is parsed at build time; the browser imports lib/content (virtual:content/*) instead.',
};

const FEATURES = ['lessons', 'search', 'glossary', 'practice', 'review', 'exam', 'stats', 'labs', 'settings'];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', '.lighthouse/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render through React or the Markdown component.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ENGINE_RULE.patterns, NOT_FSRS] }],
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'The engine has no storage; the store persists.' }, { name: 'window', message: 'The engine has no DOM.' }, { name: 'document', message: 'The engine has no DOM.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The engine takes `now` as a parameter: no `new Date()` without arguments.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The engine takes `now` as a parameter: no Date.now().' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The engine takes a seed: no Math.random().' },
      ],
    },
  },
  {
    files: ['src/engine/srs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_RULE.patterns }] },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NOT_FSRS, NOT_YAML, NOT_CONTENT_PARSERS, { group: ['**/features/**', '**/app/**', '**/ui/**'], message: 'The store sits below the views: it imports engine and lib only.' }] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NOT_FSRS, NOT_YAML, NOT_CONTENT_PARSERS, { group: ['**/features/**', '**/app/**'], message: 'ui and lib are shared building blocks: they never import features or app.' }] }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_FSRS,
            NOT_YAML,
            NOT_CONTENT_PARSERS,
            { group: ['**/app/**'], message: 'Features never import app/: the router composes features.' },
            {
              group: FEATURES.filter((other) => other !== feature).flatMap((other) => [`../${other}`, `../${other}/**`, `**/features/${other}/**`]),
              message: `A feature never imports another feature: src/features/${feature} may import itself, ui, store, lib and engine; let app/ compose them.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_FSRS, NOT_YAML, NOT_CONTENT_PARSERS] }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
