/**
 * The model pages show the real code and the real traces, read from the built pages of both languages against
 * content/: every line of each code excerpt is a line of its file in content/code (the programs the browser tier
 * compiles and runs); each "What Linux did" panel lists the simulator's events for the default run (src/sim) and,
 * first, the calls of a stored trace (content/traces/<name>.txt) in their order, among them the call the page talks
 * about first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TRACE_DIR } from '~/code/programs';
import { parseTrace } from '~/code/trace-format';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim';
import { LOCALES, pathOf } from '../routes';
import { page } from './dist';

// Where each page talks about a call, the panel's first trace shows it (the pages' text, content/<locale>/models/).
const FIRST_CALL: Record<(typeof MODELS)[number], string> = {
  blocking: 'recvfrom',
  nonblocking: 'recvfrom',
  multiplexing: 'pselect6',
  'signal-driven': 'rt_sigaction',
  async: 'clone3',
};

describe.each(LOCALES)('$locale', (l) => {
  test.each(MODELS)(`/${l.prefix}models/%s/: excerpts from content/code and a "What Linux did" panel`, (model) => {
    const doc = page(pathOf(l.prefix, `models/${model}`));
    const excerpts = [...doc.querySelectorAll('figure.code-excerpt[data-file]')];
    expect(excerpts.length).toBeGreaterThan(0);
    for (const fig of excerpts) {
      const file = fig.getAttribute('data-file')!;
      const source = new Set(readFileSync(join('content/code', file), 'utf8').split('\n').map((s) => s.trim()));
      const shown = (fig.querySelector('pre.astro-code')?.textContent ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
      expect(shown.length, file).toBeGreaterThan(0);
      // Every line shown is a line of the file (indentation aside).
      for (const line of shown) expect(source.has(line), `${file}: ${line}`).toBe(true);
    }

    const panel = doc.querySelector(`[data-linux-trace="${model}"]`);
    expect(panel).not.toBeNull();
    const events = [...panel!.querySelectorAll('.lt-sim li')].map((li) => li.getAttribute('data-label'));
    expect(events).toEqual(simulate(model, DEFAULT_SCENARIO).events.map((e) => e.label));
    const first = panel!.querySelector('.lt-trace[data-trace]')!;
    const stored = parseTrace(readFileSync(join(TRACE_DIR, `${first.getAttribute('data-trace')}.txt`), 'utf8'));
    const calls = [...first.querySelectorAll('tr[data-call]')].map((tr) => tr.getAttribute('data-call'));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls).toEqual(stored.lines.filter((x) => x.kind === 'call').map((x) => x.name));
    expect(calls).toContain(FIRST_CALL[model]);
  });
});
