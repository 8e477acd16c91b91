/**
 * Build time only (it reads files and runs shiki): each model's C snippet as [text, colour] tokens per
 * line, the colours being CSS variables of the css-variables theme. The snippet is an excerpt of the
 * model's program in content/code, the one the tests compile and run. Demo.astro passes these to the
 * islands as props; the custom element's build (embed.vite.config.ts) bakes them into io-models.js.
 * Paths are relative to the project root, where every npm script runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeToTokens } from 'shiki';
import { cssVariablesTheme } from './shiki-theme.mjs';
import { excerpt } from '../code/excerpts.ts';
import { SNIPPET_SOURCES, lineMap, type CodeTokens } from '../render/snippets.ts';
import type { ModelId } from '../sim/types';

/** The model's snippet: its regions of content/code/FILE, joined by a blank line. */
export function snippetCode(m: ModelId): string {
  const { file, regions } = SNIPPET_SOURCES[m];
  const source = readFileSync(join(process.cwd(), 'content', 'code', file), 'utf8');
  return regions.map((r) => excerpt(source, r, file)).join('\n\n');
}

/** The model's snippet as [text, colour] tokens per line, with its event-to-line map. */
export async function highlightSnippet(m: ModelId): Promise<CodeTokens> {
  const code = snippetCode(m);
  const r = await codeToTokens(code, { lang: 'c', theme: cssVariablesTheme });
  return {
    tokens: r.tokens.map((line) => line.map((tk): [string, string] => [tk.content, tk.color ?? ''])),
    lines: lineMap(code, SNIPPET_SOURCES[m].marks),
  };
}
