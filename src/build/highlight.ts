/**
 * Build time only (it runs shiki): each model's C snippet as [text, colour] tokens per line, the colours
 * being CSS variables of the css-variables theme. Demo.astro passes these to the islands as props; the
 * custom element's build (embed.vite.config.ts) bakes them into io-models.js, so no browser runs shiki.
 */
import { codeToTokens } from 'shiki';
import { cssVariablesTheme } from './shiki-theme.mjs';
import { SNIPPETS, type CodeTokens } from '../render/snippets.ts';
import type { ModelId } from '../sim/types';

/** The model's snippet as [text, colour] tokens per line, with its event-to-line map. */
export async function highlightSnippet(m: ModelId): Promise<CodeTokens> {
  const r = await codeToTokens(SNIPPETS[m].code, { lang: 'c', theme: cssVariablesTheme });
  return {
    tokens: r.tokens.map((line) => line.map((tk): [string, string] => [tk.content, tk.color ?? ''])),
    lines: SNIPPETS[m].lines,
  };
}
