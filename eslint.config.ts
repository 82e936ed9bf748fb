import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '.scratch/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    // Dependencies point one way (docs/architecture.md): shared code knows no feature.
    files: ['src/shared/**/*.{ts,vue}'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**', '@/features/**'], message: 'src/shared/ knows no feature: move what both need into src/shared/.' },
          ],
        },
      ],
    },
  },
  // Layout is Prettier's (npm run format); ESLint checks the rest.
  skipFormatting,
)
