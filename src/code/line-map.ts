/**
 * Which part of each model's program the demo's "code in step" panel shows, and which line each event
 * belongs to. The code itself is an excerpt of content/code (the programs the tests compile and run),
 * so the panel and the page's snippet cannot drift; a line is found by a marker the line contains. An event needs
 * no marker of its own: the panel keeps the line of the event before it (lineAt), so a new event needs none here.
 * Plain data and pure functions: ModelDemo.astro reads the files and highlights them at build time; the island
 * asks lineAt for the line at its step.
 */
import type { EventLabel, ModelId, TraceEvent } from '~/sim/types';

/** Where a model's snippet comes from, and a marker (a substring of the line) per event label that has a line of its own. */
export interface SnippetSource {
  file: string;
  regions: string[];
  marks: Partial<Record<EventLabel, string>>;
}

/** The five snippets, by model. */
export const SNIPPET_SOURCES: Readonly<Record<ModelId, SnippetSource>> = {
  blocking: {
    file: 'blocking.c',
    regions: ['receive'],
    marks: { recvfrom: 'recvfrom(', 'datagram ready': 'recvfrom(', 'copy datagram': 'recvfrom(', 'copy complete': 'recvfrom(', 'return OK': 'return n;' },
  },
  nonblocking: {
    file: 'nonblocking.c',
    regions: ['receive'],
    marks: {
      recvfrom: 'recvfrom(', EWOULDBLOCK: 'EWOULDBLOCK', 'datagram ready': 'do_other_work', 'copy datagram': 'recvfrom(',
      'copy complete': 'recvfrom(', 'return OK': 'return n;',
    },
  },
  multiplexing: {
    file: 'multiplexing.c',
    regions: ['select'],
    marks: {
      select: 'select(maxfd', 'datagram ready': 'select(maxfd', 'return readable': 'FD_ISSET', recvfrom: 'recvfrom(',
      'copy datagram': 'recvfrom(', 'copy complete': 'recvfrom(', 'return OK': 'return n;',
    },
  },
  'signal-driven': {
    file: 'signal-driven.c',
    regions: ['handler', 'work'],
    marks: {
      sigaction: 'sigaction(SIGIO', return: 'O_ASYNC);', 'datagram ready': 'do_other_work', 'deliver SIGIO': 'void on_sigio',
      recvfrom: 'recvfrom(', 'copy datagram': 'recvfrom(', 'copy complete': 'recvfrom(', 'return OK': 'got = n',
    },
  },
  async: {
    file: 'aio.c',
    regions: ['aio'],
    marks: {
      aio_read: 'aio_read(&cb)', return: 'aio_read(&cb)', 'datagram ready': 'do_other_work', 'copy datagram': 'do_other_work',
      'copy complete': 'do_other_work', 'deliver signal specified in aio_read': 'void on_complete',
    },
  },
};

/** The 1-based line of `code` each marked event belongs to: the first line containing its marker. Throws on a marker that matches nothing. */
export function lineMap(code: string, marks: SnippetSource['marks']): Partial<Record<EventLabel, number>> {
  const lines = code.split('\n');
  const out: Partial<Record<EventLabel, number>> = {};
  for (const [label, mark] of Object.entries(marks) as [EventLabel, string][]) {
    const i = lines.findIndex((l) => l.includes(mark));
    if (i < 0) throw new Error(`no line of the snippet contains "${mark}" (event ${label})`);
    out[label] = i + 1;
  }
  return out;
}

/** The line the code panel shows once `step` events are revealed: the line of the latest of them that has one. */
export function lineAt(lines: CodeTokens['lines'], events: readonly TraceEvent[], step: number): number | undefined {
  for (let i = step; i > 0; i--) {
    const line = lines[events[i - 1]!.label];
    if (line) return line;
  }
  return undefined;
}

/**
 * A highlighted snippet as the island receives it: per line, its pieces as one flat list [text, token, text,
 * token, …], and the line map. A token names its colour as the shiki css-variables theme does (`keyword` for
 * var(--shiki-token-keyword)); '' is plain text in the foreground colour. Short, merged (highlight.ts) and flat
 * (a pair per piece costs its own brackets), because io-models.js carries all five. A site page renders the tokens
 * into its markup once (CodeStep in the island's slot) and gives the island only the line map.
 */
export interface CodeTokens { tokens: string[][]; lines: Partial<Record<EventLabel, number>> }

/** One line of CodeTokens as its pieces, each [text, token] ('' for plain text). */
export function pieces(row: readonly string[]): [text: string, token: string][] {
  const out: [string, string][] = [];
  for (let j = 0; j < row.length; j += 2) out.push([row[j]!, row[j + 1] ?? '']);
  return out;
}
