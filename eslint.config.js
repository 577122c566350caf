import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** One no-restricted-imports entry per layer: the folders it must not import. */
function layerRules(forbidden) {
  return Object.entries(forbidden).map(([layer, above]) => ({
    files: [`src/${layer}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${above.join('|')})/`,
              message: `${layer}/ sits below ${above.join(', ')}: data flows model <- feed <- schedule <- state, export <- ui (README, "How it is built").`,
            },
            { regex: '(^|/)(App|main)\\.tsx$', message: 'Only the entry imports the app shell.' },
            ...(['model', 'lib', 'feed', 'schedule', 'export'].includes(layer)
              ? [{ regex: '^react-dom', message: 'Pure modules must not touch the DOM renderer.' }]
              : []),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Feed text is untrusted: render it as text.',
        },
      ],
    },
  },
  // The layers, bottom up (README, "How it is built"). Each may import only
  // what is below it; ui/, App.tsx and main.tsx sit on top and import anything.
  //   model <- feed <- schedule <- state, export <- ui
  // lib/ (browser storage) and pwa/offline.ts are leaves; i18n/ uses model/ only.
  ...layerRules({
    model: ['lib', 'feed', 'schedule', 'state', 'export', 'i18n', 'ui', 'pwa'],
    lib: ['model', 'feed', 'schedule', 'state', 'export', 'i18n', 'ui', 'pwa'],
    feed: ['schedule', 'state', 'export', 'i18n', 'ui'],
    schedule: ['state', 'export', 'i18n', 'ui'],
    state: ['export', 'i18n', 'ui'],
    export: ['state', 'i18n', 'ui'],
    i18n: ['feed', 'schedule', 'state', 'export', 'ui'],
  }),
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
