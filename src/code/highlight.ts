/**
 * Build time only (it reads files and runs shiki): each model's C snippet as [text, token, …] per
 * line, a token naming a colour of the css-variables theme (CodeTokens says how). The snippet is an excerpt of the
 * model's program in content/code, the one the tests compile and run. ModelDemo.astro passes these to the
 * islands as props; the custom element's build (src/embed/build-element.ts) bakes them into io-models.js.
 * Paths are relative to the project root, where every npm script runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeToTokens } from 'shiki';
import { cssVariablesTheme, tokenName } from './shiki-theme.mjs';
import { excerpt } from './excerpts.ts';
import { SNIPPET_SOURCES, lineMap, type CodeTokens } from './line-map.ts';
import type { ModelId } from '~/sim/types';

/** The model's snippet: its regions of content/code/FILE, joined by a blank line. */
export function snippetCode(m: ModelId): string {
  const { file, regions } = SNIPPET_SOURCES[m];
  const source = readFileSync(join(process.cwd(), 'content', 'code', file), 'utf8');
  return regions.map((r) => excerpt(source, r, file)).join('\n\n');
}

/** The model's snippet as [text, token] pairs per line (neighbours of one token merged), with its event-to-line map. */
export async function highlightSnippet(m: ModelId): Promise<CodeTokens> {
  const code = snippetCode(m);
  const r = await codeToTokens(code, { lang: 'c', theme: cssVariablesTheme });
  const merged = (line: { content: string; color?: string }[]) =>
    line.reduce<[string, string][]>((out, tk) => {
      const name = tokenName(tk.color);
      const last = out.at(-1);
      if (last && last[1] === name) last[0] += tk.content;
      else out.push([tk.content, name]);
      return out;
    }, []);
  return { tokens: r.tokens.map((line) => merged(line).flat()), lines: lineMap(code, SNIPPET_SOURCES[m].marks) };
}
