/**
 * Golden figures: the server-rendered `svg.timeline` of every model page and of the summary's comparison, in both
 * languages, kept as files in tests/built/__snapshots__/ (`<locale>-<model>.svg`, `<locale>-compare-<model>.svg`). Any
 * change to what a reader without JavaScript sees fails here as a readable diff: one element per line, the
 * per-render ids (Svelte's $props.id(), in the patterns' ids and url(#…) references) replaced by stable names,
 * comments (Svelte's hydration markers) left out.
 * A change made on purpose is accepted with `npx vitest run --project built -u`, and the diff reviewed in the commit.
 */
import { describe, expect, test } from 'vitest';
import { MODELS } from '~/sim';
import { LOCALES } from '../routes';
import { page } from './dist';

/** An element as indented lines: one element per line, a text-only element on one line with its text. */
function pretty(el: Element, attr: (name: string, value: string) => string, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${esc(attr(a.name, a.value)).replace(/"/g, '&quot;')}"`).join('');
  const name = el.tagName.toLowerCase();
  // Comments are left out: the server writes Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`) among
  // the shapes, and a comment draws nothing.
  const kids = [...el.childNodes].filter((k) => k.nodeType !== 8);
  if (kids.length === 0) return [`${pad}<${name}${attrs}/>`];
  if (kids.every((k) => k.nodeType === 3)) return [`${pad}<${name}${attrs}>${esc(el.textContent ?? '')}</${name}>`];
  const inner = kids.flatMap((k) => (k.nodeType === 1 ? pretty(k as Element, attr, depth + 1) : k.textContent?.trim() ? [`${pad}  ${esc(k.textContent.trim())}`] : []));
  return [`${pad}<${name}${attrs}>`, ...inner, `${pad}</${name}>`];
}

/** The figure as the snapshot keeps it: pretty, each pattern id's per-render prefix (`<uid>-poll` …) made `fig`. */
function snapshot(svg: Element): string {
  const uids = new Set([...svg.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!.replace(/-[a-z]+$/, '')));
  const stable = (name: string, value: string) => {
    let v = value;
    for (const uid of uids) v = name === 'id' ? v.replace(`${uid}-`, 'fig-') : v.replaceAll(`url(#${uid}-`, 'url(#fig-');
    return v;
  };
  return `${pretty(svg, stable).join('\n')}\n`;
}

describe.each(LOCALES)('$locale', ({ locale, prefix }) => {
  test.each(MODELS)(`/${prefix}models/%s/`, async (model) => {
    const svg = page(`${prefix}models/${model}/`).querySelector(`.io-demo[data-demo="${model}"] svg.timeline`);
    expect(svg).not.toBeNull();
    await expect(snapshot(svg!)).toMatchFileSnapshot(`./__snapshots__/${locale}-${model}.svg`);
  });

  test.each(MODELS)(`/${prefix}summary/: the comparison's %s column`, async (model) => {
    const svg = page(`${prefix}summary/`).querySelector(`[data-demo-compare] [data-model="${model}"] svg.timeline`);
    expect(svg).not.toBeNull();
    await expect(snapshot(svg!)).toMatchFileSnapshot(`./__snapshots__/${locale}-compare-${model}.svg`);
  });
});
