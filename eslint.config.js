// Lint keeps the architecture visible: the core (src/core) is pure TypeScript that runs in Node,
// with time, storage, audio and the DOM injected through adapters (src/adapters).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserOnlyGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'performance', 'requestAnimationFrame'].map(
  (name) => ({ name, message: 'The core runs in Node too: take this through an adapter (src/adapters).' }),
);
const rawTimers = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'].map((name) => ({
  name,
  message: 'The core never reads real time: use the injected Clock (src/core/engine/clock.ts).',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Scenario text is never HTML: render it as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnlyGlobals, ...rawTimers],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'howler', 'idb'], message: 'The core is UI- and browser-free.' },
            { group: ['**/ui/**', '**/adapters/**', '**/store/**'], message: 'The core does not depend on the UI, the store or adapters.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['howler'], message: 'Audio goes through src/adapters/audio.' }] }],
    },
  },
);
