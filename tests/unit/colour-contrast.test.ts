/**
 * The colour language: the states' colours (src/styles/palette.css) against the backgrounds they are drawn on, in
 * both themes, by the WCAG 2.2 contrast ratio. Each custom property is read from the stylesheet and resolved the way
 * the browser does for the theme: light-dark() picks its side, var() is substituted, color-mix() in sRGB mixes (with
 * `transparent` it is composited over the background it sits on).
 * - Every state fill, every pattern's strokes and the kernel lane's marks at least 3:1 against the page (--bg) and
 *   the raised surface (--surface: the home figure's bars, the comparison's current column) (WCAG 1.4.11). A
 *   pattern draws its state's colour against --bg (TimelineSvg's stripes, dots and cross-hatch, the .sw-* swatches),
 *   so its strokes are that same pair.
 * - The price chart's series colours (--api-*): at least 3:1 against both grounds, as a bar, and 4.5:1 on --bg, as a
 *   legend's text would be; and none is a state's colour, for those mean a state of the process.
 * - The states' colours are also text (TimelineSvg's stretch labels): at least 4.5:1 on --bg (WCAG 1.4.3).
 * - The serve demo's queue: a dashed --st-wait outline at least 3:1 against the page outside and its tint inside.
 * - The home table's cells: the strip at least 3:1 and the text at least 4.5:1 against the cell's tint.
 * - The figures and legends take every colour from the palette: none writes a colour literal of its own.
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

type Theme = 'light' | 'dark';
type Rgba = [number, number, number, number];

const PALETTE = readFileSync('src/styles/palette.css', 'utf8');

/** The custom properties of the palette's root rule, name → value text. */
function properties(css: string): Map<string, string> {
  const body = /:root, :host > \.root \{([\s\S]*?)\n\}/.exec(css)?.[1];
  if (!body) throw new Error('palette.css: no `:root, :host > .root { … }` rule');
  const noComments = body.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...noComments.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const PROPS = properties(PALETTE);

/** `a, b, c` split at the commas outside parentheses. */
function args(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  return [...out, text.slice(from).trim()];
}

/** A colour value as the given theme resolves it: sRGB 0–255 and alpha 0–1. */
function resolve(value: string, theme: Theme): Rgba {
  const v = value.trim();
  const fn = /^([\w-]+)\(([\s\S]*)\)$/.exec(v);
  if (/^#[0-9a-f]{6}$/i.test(v)) return [1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16)).concat(1) as Rgba;
  if (v === 'transparent') return [0, 0, 0, 0];
  if (fn?.[1] === 'var') {
    const name = fn[2]!.trim();
    const def = PROPS.get(name);
    if (def === undefined) throw new Error(`palette.css: ${name} is not defined`);
    return resolve(def, theme);
  }
  if (fn?.[1] === 'light-dark') {
    const [light, dark] = args(fn[2]!);
    return resolve(theme === 'light' ? light! : dark!, theme);
  }
  if (fn?.[1] === 'color-mix') {
    const [space, a, b] = args(fn[2]!);
    if (space !== 'in srgb') throw new Error(`color-mix ${space}: only sRGB is resolved here`);
    const part = (s: string) => /^(.*?)\s+(\d+(?:\.\d+)?)%$/.exec(s);
    const pa = part(a!);
    const p = pa ? Number(pa[2]) / 100 : 0.5;
    const [ca, cb] = [resolve(pa ? pa[1]! : a!, theme), resolve(b!, theme)];
    // CSS Color 5: premultiplied by alpha, then divided by the mixed alpha.
    const alpha = ca[3] * p + cb[3] * (1 - p);
    const ch = (i: number) => (alpha === 0 ? 0 : (ca[i]! * ca[3] * p + cb[i]! * cb[3] * (1 - p)) / alpha);
    return [ch(0), ch(1), ch(2), alpha];
  }
  throw new Error(`cannot resolve the colour "${v}"`);
}

/** `fg` composited over the opaque `bg`. */
const over = (fg: Rgba, bg: Rgba): Rgba => [0, 1, 2].map((i) => fg[i]! * fg[3] + bg[i]! * (1 - fg[3])).concat(1) as Rgba;

/** WCAG relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours, each composited over `base` if translucent. */
function contrast(a: Rgba, b: Rgba, base: Rgba): number {
  const [la, lb] = [luminance(over(a, base)), luminance(over(b, base))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const THEMES: Theme[] = ['light', 'dark'];
const color = (name: string, theme: Theme) => resolve(`var(${name})`, theme);
// What each state is drawn as. --muted is the kernel lane's dashed "no datagram yet" outline.
const FILLS = ['--st-wait', '--st-poll', '--st-work', '--st-copy', '--k-ready', '--muted'];
const TEXTS = ['--st-wait', '--st-poll', '--st-work', '--st-copy'];
const GROUNDS = ['--bg', '--surface'];
// The price chart's series: select, poll and epoll (components/figure/PriceSvg.svelte).
const SERIES = ['--api-select', '--api-poll', '--api-epoll'];

/** The home table's cell for a state: the state's colour mixed into --bg as ModelsFigure.astro mixes it. */
function cell(state: string, theme: Theme): Rgba {
  const mix = /background: color-mix\(in srgb, var\(--c\) (\d+)%, var\(--bg\)\)/.exec(readFileSync('components/ModelsFigure.astro', 'utf8'));
  if (!mix) throw new Error("ModelsFigure.astro: the cells' tint is not `color-mix(in srgb, var(--c) N%, var(--bg))`");
  return resolve(`color-mix(in srgb, var(${state}) ${mix[1]}%, var(--bg))`, theme);
}

describe.each(THEMES)('the %s theme', (theme) => {
  const bg = color('--bg', theme);

  test.each(FILLS.flatMap((f) => GROUNDS.map((g) => [f, g] as const)))('%s is at least 3:1 against %s', (f, g) => {
    expect(contrast(color(f, theme), color(g, theme), bg)).toBeGreaterThanOrEqual(3);
  });

  test.each(TEXTS)('%s is at least 4.5:1 against --bg, as the timelines\' label text', (f) => {
    expect(contrast(color(f, theme), bg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(SERIES.flatMap((f) => GROUNDS.map((g) => [f, g] as const)))('series %s is at least 3:1 against %s', (f, g) => {
    expect(contrast(color(f, theme), color(g, theme), bg)).toBeGreaterThanOrEqual(3);
  });

  test.each(SERIES)('series %s is at least 4.5:1 against --bg, and no state\'s colour', (f) => {
    expect(contrast(color(f, theme), bg, bg)).toBeGreaterThanOrEqual(4.5);
    for (const st of FILLS) expect(color(f, theme), `${f} is ${st}`).not.toEqual(color(st, theme));
  });

  test("the serve demo's waiting outline stands 3:1 against the page and against its own tint", () => {
    const [outline, tint] = [color('--st-wait', theme), over(color('--st-wait-tint', theme), bg)];
    expect(contrast(outline, bg, bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(outline, tint, bg)).toBeGreaterThanOrEqual(3);
  });

  test("the home table's cells: strip 3:1 and text 4.5:1 against the cell's tint", () => {
    for (const st of TEXTS) {
      expect(contrast(color(st, theme), cell(st, theme), bg), st).toBeGreaterThanOrEqual(3);
      expect(contrast(color('--fg', theme), cell(st, theme), bg), st).toBeGreaterThanOrEqual(4.5);
    }
  });
});

test('the price chart draws its three interfaces in their series colours', () => {
  const css = readFileSync('components/figure/PriceSvg.svelte', 'utf8');
  for (const api of ['select', 'poll', 'epoll']) {
    const rule = new RegExp(`\\.api-${api} \\.fill \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    expect(rule.match(/var\((--[\w-]+)\)/g), api).toEqual(expect.arrayContaining([`var(--api-${api})`]));
    expect(rule, api).not.toMatch(/--st-|--k-/);
  }
});

test('the figures and legends draw only in the palette\'s colours', () => {
  // Every figure, island and legend: components/figure/, components/islands/ and the pages' *Figure.astro.
  const files = ['components/figure', 'components/islands', 'components'].flatMap((dir) =>
    readdirSync(dir).filter((f) => (dir === 'components' ? /Figure\.astro$/ : /\.(svelte|astro)$/).test(f)).map((f) => `${dir}/${f}`),
  );
  expect(files).toContain('components/ModelsFigure.astro');
  for (const f of files) {
    const style = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(f, 'utf8'))?.[1] ?? '';
    expect(style.match(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|light-dark)\(/gi) ?? [], f).toEqual([]);
  }
});
