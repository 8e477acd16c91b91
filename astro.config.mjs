// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { cssVariablesTheme } from './src/build/shiki-theme.mjs';

// BASE_PATH=/some/prefix/ builds a site that works under that prefix; OUT_DIR keeps two builds apart.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://io-models.example';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } } }),
  ],
  markdown: {
    shikiConfig: { theme: cssVariablesTheme, wrap: false },
  },
  devToolbar: { enabled: false },
});
