// Lint rules, including the layer rules of docs/architecture.md: one package makes layering a
// convention, so these rules make it checked. `madge --circular` (npm run lint) checks cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

// The domain has no clock and no randomness: time and chance come in as data.
const domainPurity = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain has no clock: pass asOf in as data.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain has no clock: pass asOf in as data.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain is deterministic: no randomness.' },
];
// Input text is bounded and storable in one place (src/domain/records/primitives.ts, issue 15).
const noBareString = {
  selector: "CallExpression[callee.object.name='z'][callee.property.name='string']",
  message: 'Input text is textSchema({ max }) (or idSchema, noteSchema) from src/domain/records/primitives.ts: bounded, no NUL, no unpaired surrogate.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'schema/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['bench/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bin/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The domain is pure: time and randomness come in as data, nothing outside zod is imported.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      ...layer(['node:*', 'fs', 'path', 'hono', 'hono/*', '@hono/*', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/*', 'postgres', '**/store/**', '**/services/**', '**/api/**', '**/cli/**', '**/fhir/**', '**/web/**', '**/sim/**'],
        'src/domain imports only itself and zod (see docs/architecture.md).'),
      'no-restricted-syntax': ['error', ...domainPurity],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Rendering: document models drawn as PDF, tables written as CSV. Reads the domain only.
    files: ['src/documents/**/*.ts'],
    ignores: ['src/documents/**/*.test.ts'],
    rules: layer(['hono', 'hono/*', '@hono/*', 'drizzle-orm', 'drizzle-orm/*', '**/store/**', '**/services/**', '**/api/**', '**/fhir/**', '**/cli/**', '**/web/**', '**/sim/**'],
      'src/documents renders domain document models: it knows neither storage, use-cases nor HTTP.'),
  },
  {
    // The schemas every interface validates input with: no unbounded, unchecked text.
    files: ['src/domain/records/**/*.ts'],
    ignores: ['src/domain/records/**/*.test.ts', 'src/domain/records/primitives.ts'],
    rules: { 'no-restricted-syntax': ['error', ...domainPurity, noBareString] },
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noBareString] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: layer(['hono', 'hono/*', '@hono/*', '**/api/**', '**/fhir/**', '**/cli/**', '**/web/**', '**/services/**'],
      'The store knows SQL and nothing of HTTP or use-cases.'),
  },
  {
    files: ['src/services/**/*.ts'],
    rules: layer(['hono', 'hono/*', '@hono/*', '**/api/**', '**/fhir/**', '**/cli/**', '**/web/**', 'drizzle-orm', 'drizzle-orm/*'],
      'Use-cases know neither HTTP nor SQL: the store is handed in.'),
  },
  {
    files: ['src/api/**/*.ts', 'src/fhir/**/*.ts', 'src/smart/**/*.ts'],
    rules: layer(['**/store/**', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/*', 'postgres', '**/cli/**', '**/web/**'],
      'The API knows HTTP and nothing of SQL: it calls services.'),
  },
  {
    // The web app talks only to the API over HTTP; from the rest it may import types alone.
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: layer(['node:*', '**/services/**', '**/store/**', '**/api/**', '**/cli/**', '**/fhir/**', 'drizzle-orm', 'drizzle-orm/*', 'hono', 'hono/*', '@hono/*'],
      'The web app talks only to /api/v1 over HTTP (see docs/architecture.md).'),
  },
  {
    // The engine measured against the simulator's truth: reads both, and nothing of storage or HTTP.
    files: ['src/accuracy/**/*.ts'],
    rules: layer(['**/store/**', '**/api/**', '**/fhir/**', '**/cli/**', '**/web/**', 'drizzle-orm', 'drizzle-orm/*', 'hono', 'hono/*', '@hono/*'],
      'src/accuracy reads the engine and the simulator only (see docs/architecture.md).'),
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: layer(['**/domain/engine/**', '**/domain/settings/**', '**/api/**', '**/cli/**', '**/web/**'],
      'The simulator describes the clinic independently of the engine: records only, never engine settings.'),
  },
);
