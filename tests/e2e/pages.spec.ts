/**
 * One load per page and embed page, carrying every check that holds of a page at run time: no console error,
 * uncaught exception or dialog; no CSP violation; no request leaving the site; no search code before search
 * opens; no demo script before a demo is touched; nothing scrolls sideways at 320, 390 and 640 px (640 px is a
 * 1280 px window at 200 % zoom, WCAG 1.4.4 and 1.4.10); every figure fits the screen at 320 and 390 px, nothing
 * clipped, its text at least 11 px; axe finds nothing; then the first demo's Play wakes it and it plays; on the
 * model pages, the summary and the level/edge lab, stepped through its whole run at 1280×800 and 390×844 (the lab at
 * 320×640 too), the demo keeps on one screen the playhead's row of its figure (inside the figure's box; the lab's
 * current row in each timeline still running), the narration and the Play and Next buttons.
 * What is fixed once built (the policy's hashes, metadata, links, figures' numbers) is checked in tests/built.
 */
import { expect, test, type Page } from '@playwright/test';
import { SITE } from '../../playwright.config';
import { EMBED_MODELS, IFRAME_HEIGHT, type EmbedModel } from '~/embed/snippets';
import { axeLight, axeDarkContrast } from './axe';
import { ALL_PAGES, EMBED_PAGES } from './routes';
import { watchErrors } from './watch';
import { twoFrames } from './time';

interface Target { path: string; lang: string; slug: string; embed: EmbedModel | null; zh: boolean }
const TARGETS: Target[] = [
  ...ALL_PAGES.map((p) => ({ path: p.path, lang: p.lang, slug: p.slug, embed: null, zh: p.locale !== 'en' })),
  ...EMBED_PAGES.map((path) => ({
    path, lang: path.startsWith('zh/') ? 'zh-CN' : 'en', slug: '', zh: path.startsWith('zh/'),
    embed: EMBED_MODELS.find((m) => path.endsWith(`embed/${m}/`))!,
  })),
];

/** The pages axe walks (see the test). */
const AXE = new Set([
  ...ALL_PAGES.filter((p) => p.locale === 'en').map((p) => p.path),
  'embed/compare/', 'embed/nonblocking/', 'zh/', 'zh/models/signal-driven/', 'zh/summary/', 'zh/embed/compare/',
]);

/** The pages whose colours axe checks in the dark theme too: one of each kind of page, every component among them. */
const DARK = new Set(['', 'concepts/', 'models/nonblocking/', 'models/multiplexing/', 'models/async/', 'summary/', 'embed/', 'embed/compare/']);

/** Sideways scroll, and for each figure: inside the screen, text clipped by its box, its smallest text in px. */
async function layoutAt(page: Page, width: number, height = 800) {
  await page.setViewportSize({ width, height });
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > vw) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    // The timelines (the models' and the level/edge lab's): drawn to fit, each text at its font size times the figure's scale.
    for (const s of document.querySelectorAll<SVGSVGElement>('svg.timeline, svg.lab')) {
      const box = s.getBoundingClientRect();
      const scale = box.width / s.viewBox.baseVal.width;
      // The comparison's columns on a phone: a row that scrolls sideways inside its box, which must fit the screen.
      const row = s.closest('.cols');
      const room = row ? row.getBoundingClientRect() : { left: 0, right: vw, width: vw };
      if (room.left < -0.5 || room.right > vw + 0.5) out.push(`the columns' box at ${room.left}..${room.right}`);
      if (row ? box.width > room.width + 0.5 : box.left < -0.5 || box.right > vw + 0.5) out.push(`a timeline at ${box.left}..${box.right}`);
      for (const t of s.querySelectorAll('text')) {
        if (!t.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 10.95) out.push(`timeline text "${t.textContent}" at ${size.toFixed(1)} px`);
        const r = t.getBoundingClientRect();
        if (r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)) out.push(`"${t.textContent}" clipped`);
      }
    }
    // The serve demo, the polling chart and the figure of threads: every visible text and input inside the demo's box, text ≥ 11 px.
    for (const root of document.querySelectorAll('[data-demo="serve"], [data-demo="polling-price"], [data-figure="threads"]')) {
      // Their disclosures (the numbers as a table) open, as a reader may have them; closed again after.
      const closed = [...root.querySelectorAll('details')].filter((d) => !d.open);
      closed.forEach((d) => (d.open = true));
      const box = root.closest('.demo')!.getBoundingClientRect();
      if (box.left < 0 || box.right > vw) out.push(`demo box ${box.left}..${box.right} in ${vw}`);
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent!.trim() || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        const size = parseFloat(getComputedStyle(el).fontSize) * scale;
        if (size < 11) out.push(`"${n.textContent}" at ${size}px`);
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`"${n.textContent}" at ${r.left}..${r.right}, box ${box.left}..${box.right}`);
      }
      for (const input of root.querySelectorAll('input')) {
        if (!input.checkVisibility()) continue;
        const r = input.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${input.name} at ${r.left}..${r.right}`);
      }
      closed.forEach((d) => (d.open = false));
    }
    return out;
  });
}

/**
 * With the demo's top scrolled to the top of the window, steps it from tick 0 through its run with Next (a DOM click,
 * which scrolls nothing) and at each step lists what is not fully on screen: the playhead (`[data-playhead]`, in
 * the comparison the first changed column's) inside the window and inside its figure's box, the narration, Play and
 * Next. The page must not move either: only the figure's box follows the playhead.
 */
async function offScreenWhileStepping(page: Page, size: { width: number; height: number }): Promise<string[]> {
  await page.setViewportSize(size);
  const root = page.locator('.io-demo, .io-compare').first();
  const next = root.locator('.controls button').nth(2);
  await root.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
  await root.locator('.controls button').nth(3).evaluate((b: HTMLElement) => b.click()); // restart: tick 0, paused
  const y0 = await page.evaluate(() => window.scrollY);
  const out: string[] = [];
  let done = false;
  for (let k = 0; k < 80; k++) {
    await next.evaluate((b: HTMLElement) => b.click());
    const found = await root.evaluate((el, where) => {
      const missing: string[] = [];
      const screen = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
      const within = (what: string, e: Element | null, r: { top: number; left: number; bottom: number; right: number }) => {
        const b = e?.getBoundingClientRect();
        if (!b || b.top < r.top - 0.5 || b.left < r.left - 0.5 || b.bottom > r.bottom + 0.5 || b.right > r.right + 0.5) {
          missing.push(`${where}: ${what} at ${b ? `${Math.round(b.left)},${Math.round(b.top)}..${Math.round(b.right)},${Math.round(b.bottom)}` : 'none'}`);
        }
      };
      // The lab's two timelines: the current row of each that still runs, inside the box they scroll in.
      const marks = el.matches('.io-lab') && el.querySelector('[data-playhead]') ? [...el.querySelectorAll('[data-playhead]')]
        : [el.querySelector('[aria-current="true"] [data-playhead]') ?? el.querySelector('[data-playhead]')];
      for (const mark of marks) {
        const box = mark?.closest('.figbox, .cols, .pair');
        if (box) {
          const b = box.getBoundingClientRect();
          const inner = { top: b.top + box.clientTop, left: b.left + box.clientLeft, bottom: b.top + box.clientTop + box.clientHeight, right: b.left + box.clientLeft + box.clientWidth };
          within('the playhead in its box', mark, inner);
        }
        within('the playhead', mark, screen);
      }
      within('the narration', el.querySelector('.narr'), screen);
      within('Play', el.querySelector('button.play'), screen);
      within('Next', el.querySelectorAll('.controls button')[2] ?? null, screen);
      return { missing, done: el.getAttribute('data-status') === 'done', y: window.scrollY };
    }, `${size.width}×${size.height}, step ${k + 1}`);
    out.push(...found.missing);
    if (found.y !== y0) out.push(`step ${k + 1}: the page moved from ${y0} to ${found.y}`);
    if (found.done) {
      done = true;
      break;
    }
  }
  if (!done) out.push(`${size.width}×${size.height}: not done after 80 steps`);
  return out;
}

/** Whether the element's box lies within the window's first screen (the page scrolled to the top). */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator(selector).boundingBox();
  const { height } = page.viewportSize()!;
  return !!box && box.height > 50 && box.y >= 0 && box.y + box.height <= height;
}

for (const p of TARGETS) {
  test(`/${p.path}: one load, every runtime check`, async ({ page }) => {
    // axe walks every node of a long page (the strace tables, the figures): generous on a busy two-core machine.
    test.setTimeout(240_000);
    const errors = watchErrors(page);
    const outside: string[] = [];
    const search: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!r.url().startsWith(new URL(SITE).origin) && url.protocol !== 'data:') outside.push(r.url());
      if (/\/(pagefind\/|search\.js)/.test(url.pathname)) search.push(r.url());
      if (r.resourceType() === 'script') scripts.push(url.pathname);
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 320, height: 800 });
    const res = await page.goto(p.path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await page.evaluate(() => document.fonts.ready);

    // Layout, at the narrowest phone, a common phone, and 200 % zoom.
    for (const width of [320, 390, 640]) expect(await layoutAt(page, width), `at ${width} px`).toEqual([]);

    if (p.slug === '' && !p.embed) {
      // Home opens on its to-scale figure, on a laptop and on a phone.
      for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        expect(await onFirstScreen(page, '[data-figure="phases"] .draw'), `the figure on the first screen at ${size.width} px`).toBe(true);
        const px = await page.locator('[data-figure="phases"] .draw').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(px).toBeGreaterThanOrEqual(11);
      }
    }
    if (p.slug === 'concepts') {
      // The 2×2 grid at 320 px: the asynchronous model in the other column from the four synchronous ones.
      await page.setViewportSize({ width: 320, height: 700 });
      const grid = page.locator('[data-figure="grid"]');
      await expect(grid).toBeVisible();
      const x = async (m: string) => (await grid.locator(`a[data-model="${m}"]`).boundingBox())!.x;
      const async = await x('async');
      for (const m of ['blocking', 'nonblocking', 'multiplexing', 'signal-driven']) expect(await x(m), m).toBeLessThan(async);
      // On a laptop and a phone, every model lies inside one row, none across the line between two.
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const across = await grid.evaluate((g) => {
          const rows = [...g.querySelectorAll('[data-row-head]')].map((h) => h.getBoundingClientRect());
          return [...g.querySelectorAll('a[data-model]')].flatMap((a) => {
            const r = a.getBoundingClientRect();
            return rows.some((row) => r.top >= row.top - 0.5 && r.bottom <= row.bottom + 0.5) ? [] : [a.getAttribute('data-model')];
          });
        });
        expect(across, `models across a row line at ${width} px`).toEqual([]);
      }
      // The two-axes table on a phone: it scrolls in a named box the keyboard reaches, and a shadow at the edge
      // says so (fixed to the box, under covers that move with the content: src/styles/global.css).
      await page.setViewportSize({ width: 390, height: 800 });
      const box = page.getByRole('region', { name: p.zh ? '两条轴：socket 的标志与调用方式' : 'The two axes: the socket’s flag and the kind of call' });
      const state = () => box.evaluate((b) => ({
        overflows: b.scrollWidth > b.clientWidth + 1, left: b.scrollLeft,
        attachments: getComputedStyle(b).backgroundAttachment, images: getComputedStyle(b).backgroundImage,
      }));
      const before = await state();
      expect(before.overflows, 'the table is wider than a phone').toBe(true);
      expect(before.attachments).toBe('local, local, scroll, scroll');
      expect(before.images.match(/gradient\(/g)).toHaveLength(4);
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await state()).left, 'the arrow key scrolls the table').toBeGreaterThan(0);
    }
    if (p.embed) {
      // The snippet's fixed height shows the whole demo without embed.js: every 40 px from 320 to 760, where the
      // side column moves beside the figure (the tallest layout is in between), and a wide frame.
      const height = IFRAME_HEIGHT[p.embed];
      for (const width of [...Array.from({ length: 12 }, (_, i) => 320 + 40 * i), 1100]) {
        await page.setViewportSize({ width, height });
        const used = await page.evaluate(() => new Promise<number>((done) => {
          requestAnimationFrame(() => done(document.documentElement.getBoundingClientRect().height));
        }));
        expect(used, `at ${width} px`).toBeLessThanOrEqual(height - 40);
      }
    }

    // axe at a laptop's width, where it applies: every English page, and colour contrast in the dark theme on one
    // page of each kind (the themes differ only in colours, every colour being light-dark(LIGHT, DARK)); of the embed
    // pages, whose demos are the model pages' components, the comparison and one model; of the Chinese pages, which
    // share the English pages' components and CSS, the home page, one model page, the summary and the embedded
    // comparison, for their language, names and text.
    await page.setViewportSize({ width: 1280, height: 800 });
    if (AXE.has(p.path)) await axeLight(page, `/${p.path}`);
    if (DARK.has(p.path)) await axeDarkContrast(page, `/${p.path}`);

    // Read through to the end: nothing a demo runs loads until it is touched; only the site script is there.
    const site = await page.locator('script[src]').evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname));
    expect(site.length, 'one site script at most').toBeLessThanOrEqual(1);
    for (let y = 0; y < 12; y++) await page.mouse.wheel(0, 1500);
    // A wake asks for its script at once, in the event that woke it; two frames let any such event run.
    await twoFrames(page);
    expect(await page.locator('astro-island:not([ssr])').count(), 'no island hydrated before a touch').toBe(0);
    expect(scripts.filter((s) => !site.includes(s)), 'no demo script before a demo is touched').toEqual([]);
    if (!p.embed && (p.slug === '' || p.slug === 'concepts')) {
      // Pages without a demo load the site script and nothing else.
      expect(await page.locator('astro-island').count()).toBe(0);
      expect(scripts).toEqual(site);
    }

    // The first demo's Play, pressed: the press wakes its island (client:interact) and it leaves idle.
    const play = page.locator('button.play').first();
    if (await play.count()) {
      await play.scrollIntoViewIfNeeded();
      await play.click();
      await expect(page.locator('.io-demo, .io-compare').first()).not.toHaveAttribute('data-status', 'idle');
      expect(scripts.some((s) => !site.includes(s)), 'the touched demo loaded its script').toBe(true);
      // The learning loop on one screen: what the figure shows now, what is said of it and the controls to move on.
      if (!p.embed && /^(models\/|summary|further\/level-edge)/.test(p.slug)) {
        // The lab also on a small phone: 320 px wide, where the controls take two rows.
        const phones = p.slug.startsWith('further/') ? [{ width: 390, height: 844 }, { width: 320, height: 640 }] : [{ width: 390, height: 844 }];
        for (const size of [{ width: 1280, height: 800 }, ...phones]) {
          expect(await offScreenWhileStepping(page, size), `one screen at ${size.width}×${size.height}`).toEqual([]);
        }
      }
    }
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside, 'no request leaves the site').toEqual([]);
    expect(search, 'no search code before the reader opens search').toEqual([]);
  });
}
