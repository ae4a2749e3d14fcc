import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain decides; it never reads the clock, randomness, the environment or the outside world.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'fetch', 'setTimeout', 'setInterval'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the time in; the domain is pure.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in; the domain is pure.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'crypto', 'kysely', 'fastify', '**/adapters/**', '**/application/**'] }],
    },
  },
);
