// Strict lint, gated by `npm test`: type-aware TypeScript rules, no import cycles anywhere,
// a pure engine (no Math.random, no DOM, renderers or audio in src/core), no HTML injection.
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'test-output', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Arrows point down only: the engine imports nothing of the layers above it; the worker imports only the engine.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: [
                './src/game',
                './src/views',
                './src/ui',
                './src/audio',
                './src/app',
                './src/worker',
                './src/main.ts',
              ],
              message: 'src/core is the pure engine: it imports nothing outside itself.',
            },
            {
              target: './src/worker',
              from: ['./src/game', './src/views', './src/ui', './src/audio', './src/app', './src/main.ts'],
              message: 'The worker imports only the engine.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never build HTML from strings: create elements and set textContent.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]',
          message: 'Never insert HTML from strings: create elements and set textContent.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The engine takes a seeded Rng (src/core/rng.ts).' },
        { object: 'Math', property: 'exp', message: 'Use detExp: Math.exp differs between JS engines.' },
        { object: 'Math', property: 'log', message: 'Use detLog: Math.log differs between JS engines.' },
        { object: 'Math', property: 'tanh', message: 'Use tanhApprox: Math.tanh differs between JS engines.' },
        { object: 'Math', property: 'sin', message: 'Use sinApprox: Math.sin differs between JS engines.' },
        { object: 'Math', property: 'cos', message: 'Use sinApprox: Math.cos differs between JS engines.' },
        { object: 'Math', property: 'atan2', message: 'Math.atan2 differs between JS engines.' },
        { object: 'Math', property: 'pow', message: 'Math.pow differs between JS engines.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'pixi.js', 'howler', 'node:*'],
              message: 'src/core is pure: no renderers, audio or Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
