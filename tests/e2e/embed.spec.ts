/**
 * The embeds, from the outside. A fixture blog post (tests/fixtures/blog/, served on its own origin)
 * embeds an iframe of a model, an iframe of the comparison and the custom element twice, under a hostile
 * stylesheet; the tests play each demo to the end, watch embed.js fit the frames, compare palettes and the
 * host's styles, feed hostile query strings and attributes, and record every request the pages make.
 * A second post (further.html) embeds the price figure and the level/edge lab both ways; the tests move their
 * controls, play the lab and swap demos through the element's attribute.
 * Both languages. The site is the `site` project's baseURL; the blog is BLOG (BLOG_URL overrides it).
 */
import { expect, test, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { BLOG } from '../../playwright.config';
import { IFRAME_HEIGHT } from '~/embed/snippets';
import { KIND_CHUNK } from '~/embed/kind-chunks';
import { ELEMENT_STRINGS } from '~/i18n/element';
import { DEMO_STRINGS } from '~/i18n/demo';
import { watchErrors } from './watch';
import { twoFrames } from './time';

const BLOG_URL = process.env.BLOG_URL ?? BLOG;
const LIGHT_SURFACE = 'rgb(243, 245, 247)';
const DARK_SURFACE = 'rgb(26, 31, 37)';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** Everything a test must not see (console errors, uncaught exceptions, dialogs) and every URL requested. */
function watch(page: Page, context: BrowserContext): { errors: string[]; urls: string[] } {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return { errors: watchErrors(page), urls };
}

/** The requested URLs whose origin is neither of `origins` (data: and blob: URLs never leave the browser). */
function outside(urls: string[], ...origins: string[]): string[] {
  const allowed = origins.map((o) => new URL(o).origin);
  return urls.filter((u) => !/^(data|blob|about):/.test(u) && !allowed.includes(new URL(u).origin));
}

/** The kinds' chunks (src/embed/kind-chunks.ts) among these URL paths, by name, sorted. */
function kindsLoaded(paths: string[]): string[] {
  return [...new Set(Object.values(KIND_CHUNK))].filter((n) => paths.some((p) => new RegExp(`/embed/chunks/${n}-[\\w-]+\\.js$`).test(p))).sort();
}

/**
 * Waits until a demo's island runs, then plays it at 4× to the end on Playwright's clock (installed for the context,
 * frames included, by the test's beforeEach): a run takes about 10 s at 1×, so 3.5 s of the page's time at 4×.
 */
async function playToEnd(demo: Locator, root: Locator = demo): Promise<void> {
  await expect(demo.locator('button.play').first()).toBeEnabled();
  await demo.locator('select').first().selectOption('4');
  await demo.locator('button.play').first().click();
  await expect(root).not.toHaveAttribute('data-status', /idle|paused/);
  await demo.page().clock.runFor(3500);
  await expect(root).toHaveAttribute('data-status', 'done');
}

/** A frame of the blog, scrolled into view (the frames load lazily) and its island running. */
async function frameOf(page: Page, id: string): Promise<FrameLocator> {
  const frame = page.frameLocator(`#${id}`);
  // The island hydrates on a first touch (client:interact): bring the demo itself into view, not just
  // the top of the frame, which embed.js may resize meanwhile, bring the pointer over it and wait until it is live.
  // The blog's other frames load lazily and embed.js then makes them taller, which can push this one below the
  // viewport after it was scrolled to; Chromium stops drawing a cross-origin frame out of view, so it would never
  // look still enough to be pointed at. Each try scrolls the frame back into view first.
  const root = frame.locator('.io-demo, .io-compare, .io-many').first();
  await expect(async () => {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded({ timeout: 5_000 });
    await root.scrollIntoViewIfNeeded({ timeout: 5_000 });
    await root.hover({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expect(root).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
  return frame;
}

/** The height of the page inside a frame of the blog, and the frame's own height on the blog (inside its border). */
async function heights(page: Page, id: string): Promise<{ inner: number; frame: number }> {
  const el = page.locator(`#${id}`);
  const inner = await el.contentFrame().locator('html').evaluate((h) => h.getBoundingClientRect().height);
  const outer = await el.evaluate((f) => f.clientHeight);
  return { inner, frame: outer };
}

// Time in the pages and their frames moves as usual, and a test may jump it forward (playToEnd).
test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** Lets the host window handle every message posted to it so far: one more of its own comes after them. */
function messagesHandled(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((done) => {
    addEventListener('message', function seen(e) {
      if (e.data !== 'io-models-test:flush') return;
      removeEventListener('message', seen);
      done(null);
    });
    postMessage('io-models-test:flush', '*');
  }));
}

test.describe('the fixture blog post on another origin', () => {
  test('its iframes show their figures, play to the end and grow or shrink to their content through embed.js', async ({ page, context, baseURL }) => {
    const { errors, urls } = watch(page, context);
    await page.goto(BLOG_URL);

    const model = await frameOf(page, 'frame-model');
    await expect(model.locator('html')).toHaveAttribute('lang', 'en');
    const demo = model.locator('[data-demo="blocking"]');
    await expect(demo.locator('[data-lane="app"]').first()).toBeAttached();
    await playToEnd(demo);
    await expect(demo.locator('[data-event]').last()).toHaveAttribute('data-label', 'return OK');
    await expect(model.locator('.demo')).toHaveCSS('background-color', LIGHT_SURFACE);

    const compare = await frameOf(page, 'frame-compare');
    await expect(compare.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(compare.getByRole('button', { name: '播放' })).toBeVisible();
    const clock = compare.locator('[data-demo-compare]');
    await expect(clock.locator('[data-model]')).toHaveCount(5);
    await playToEnd(clock);
    for (const col of await clock.locator('[data-model]').all()) await expect(col).toHaveAttribute('data-status', 'done');
    // theme=dark in the frame's address: the dark palette although the reader's system is light.
    await expect(compare.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(compare.locator('.demo')).toHaveCSS('background-color', DARK_SURFACE);

    // The comparison's frame starts at 300 px; embed.js must grow it to its content, and shrink the other.
    for (const id of ['frame-model', 'frame-compare']) {
      await expect.poll(async () => {
        const h = await heights(page, id);
        return Math.abs(h.frame - Math.ceil(h.inner));
      }, { message: id }).toBeLessThanOrEqual(1);
    }
    // Grown well past the 300 px it starts at (the comparison is about 775 px tall in this frame).
    expect((await heights(page, 'frame-compare')).frame).toBeGreaterThan(600);
    expect((await heights(page, 'frame-model')).frame).toBeLessThan(IFRAME_HEIGHT.blocking);

    expect(errors).toEqual([]);
    expect(urls.filter((u) => u.includes('/_astro/')), 'the frames\' own requests are recorded too').not.toEqual([]);
    expect(outside(urls, baseURL!, BLOG_URL)).toEqual([]);
  });

  test('embed.js ignores messages that are forged, malformed or from the wrong window', async ({ page }) => {
    await page.goto(BLOG_URL);
    await frameOf(page, 'frame-compare');
    const frame = page.locator('#frame-compare');
    await expect.poll(async () => (await heights(page, 'frame-compare')).frame).toBeGreaterThan(600);
    const before = (await heights(page, 'frame-compare')).frame;
    // From the host window itself: not any frame's contentWindow.
    await page.evaluate(() => window.postMessage({ type: 'io-models:height', height: 50 }, '*'));
    // From inside the frame, but not a sane height, or not our message type.
    const inner = frame.contentFrame();
    for (const data of [{ type: 'io-models:height', height: '50' }, { type: 'io-models:height', height: 1e9 },
      { type: 'io-models:height', height: -5 }, { type: 'other', height: 50 }, 'io-models:height 50', null]) {
      await inner.locator('html').evaluate((_, d) => parent.postMessage(d, '*'), data);
    }
    await messagesHandled(page);
    expect((await heights(page, 'frame-compare')).frame).toBe(before);
  });

  test('embed.js that arrives after the frames have laid out still fits them: it asks, and the embed pages answer', async ({ page }) => {
    const { errors } = watch(page, page.context());
    // Held until both frames have drawn and run their islands, long after their first height report.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await page.route('**/embed/embed.js', async (route) => { await held; await route.continue(); });
    // The held async script delays the load event: wait for the DOM only.
    await page.goto(BLOG_URL, { waitUntil: 'domcontentloaded' });
    for (const id of ['frame-model', 'frame-compare']) await frameOf(page, id);
    // Not fitted yet: no embed.js, so every height the frames posted so far went unheard.
    for (const id of ['frame-model', 'frame-compare']) {
      const h = await heights(page, id);
      expect(Math.abs(h.frame - Math.ceil(h.inner)), id).toBeGreaterThan(100);
    }
    release();
    for (const id of ['frame-model', 'frame-compare']) {
      await expect.poll(async () => {
        const h = await heights(page, id);
        return Math.abs(h.frame - Math.ceil(h.inner));
      }, { message: id }).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
  });

  test('embed.js resizes only frames of the site: not another origin\'s frame claiming 99999 px, not a sandboxed one', async ({ page, baseURL }) => {
    await page.goto(BLOG_URL);
    const add = (id: string, src: string, sandbox = '') => page.evaluate(([id, src, sandbox]) => {
      const f = document.createElement('iframe');
      Object.assign(f, { id, src, title: id, height: '200' });
      if (sandbox) f.setAttribute('sandbox', sandbox);
      document.body.append(f);
    }, [id, src, sandbox]);
    // A page of the blog's own origin that posts {type: 'io-models:height', height: 99999} again and again.
    await add('hostile', new URL('hostile-frame.html', BLOG_URL).href);
    await expect(page.frameLocator('#hostile').locator('p')).toHaveText('Not a demo.');
    // The site's embed page in a sandbox: its origin is 'null', so embed.js cannot tell it is the site's
    // (its island cannot even load: its module scripts would be cross-origin; its inline script does run).
    await add('sandboxed', new URL('embed/blocking/', baseURL).href, 'allow-scripts');
    await expect(page.frameLocator('#sandboxed').locator('html')).toHaveAttribute('data-controls', 'full');
    // And one added late, which embed.js asks when it loads: once it fits, every earlier message was handled.
    await add('late', new URL('embed/async/', baseURL).href);
    await frameOf(page, 'late');
    await expect.poll(async () => {
      const h = await heights(page, 'late');
      return Math.abs(h.frame - Math.ceil(h.inner));
    }).toBeLessThanOrEqual(1);
    // Untouched: embed.js never set their height (the blog's `all: revert` leaves them at the default 150 px).
    for (const id of ['hostile', 'sandboxed']) {
      expect(await page.locator(`#${id}`).evaluate((f: HTMLIFrameElement) => f.style.height), id).toBe('');
      expect((await heights(page, id)).frame, id).toBeLessThan(300);
    }
  });

  test('on a host whose CSP allows only the site\'s scripts and frames (no styles at all), the element is drawn as anywhere else', async ({ page }) => {
    const { errors } = watch(page, page.context());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
    });
    await page.goto(new URL('strict.html', BLOG_URL).href);
    const el = page.locator('#element-strict');
    await el.scrollIntoViewIfNeeded();
    const demo = el.locator('[data-demo="blocking"]');
    await playToEnd(demo);
    const look = () => el.evaluate((host) => {
      const root = host.shadowRoot!;
      const css = (sel: string) => getComputedStyle(root.querySelector(sel)!);
      return {
        surface: css('.root').backgroundColor,
        font: css('.root').fontSize,
        // every state bar and the code's keywords are coloured by the element's stylesheet
        fills: [...new Set([...root.querySelectorAll('[data-state]')].map((r) => getComputedStyle(r).fill))].length,
        black: [...root.querySelectorAll('[data-state]')].filter((r) => getComputedStyle(r).fill === 'rgb(0, 0, 0)').length,
        // the first highlighted token of the code, against the code's own colour
        token: [css('.code .line > span').color, css('.code').color],
        play: css('button.play').borderStyle,
      };
    });
    const strict = await look();
    expect(strict).toMatchObject({ surface: LIGHT_SURFACE, font: '16px', black: 0, play: 'solid' });
    expect(strict.fills).toBeGreaterThan(1);
    expect(strict.token[0]).not.toBe(strict.token[1]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    // The frame on the same page still fits its demo.
    await frameOf(page, 'frame-strict');
    await expect.poll(async () => {
      const h = await heights(page, 'frame-strict');
      return Math.abs(h.frame - Math.ceil(h.inner));
    }).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  test('the host can hide the element, but its own custom properties do not repaint it', async ({ page }) => {
    await page.goto(BLOG_URL);
    const en = page.locator('#element-en');
    await en.scrollIntoViewIfNeeded();
    await expect(en.locator('button.play')).toBeEnabled();
    await page.addStyleTag({ content: 'io-model-demo { --fg: red; --bg: red; --surface: red; --accent: red; --lane-blocked: red }' });
    const colours = await en.evaluate((host) => {
      const root = host.shadowRoot!;
      const css = (sel: string) => getComputedStyle(root.querySelector(sel)!);
      return [css('.root').color, css('.root').backgroundColor, css('.credit a').color, css('.narr').color];
    });
    for (const c of colours) expect(c).not.toBe('rgb(255, 0, 0)');
    await expect(en.locator('.root')).toHaveCSS('background-color', LIGHT_SURFACE);
    // The host's display rules win: the element is theirs to hide (and to leave out of print).
    await page.addStyleTag({ content: '#element-en { display: none } @media print { #element-zh { display: none } }' });
    await expect(en).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#element-zh')).toBeHidden();
  });

  test('the custom element shows its figure in both languages and plays to the end under hostile CSS', async ({ page, context, baseURL }) => {
    const { errors, urls } = watch(page, context);
    await page.goto(BLOG_URL);
    const en = page.locator('#element-en');
    const zh = page.locator('#element-zh');
    await en.scrollIntoViewIfNeeded();
    // Playwright's locators pierce open shadow roots.
    const enDemo = en.locator('[data-demo="multiplexing"]');
    await expect(en.getByRole('button', { name: 'Play' })).toBeEnabled();
    await expect(enDemo.locator('[data-lane="app"]').first()).toBeAttached();
    await playToEnd(enDemo);
    await zh.scrollIntoViewIfNeeded();
    const zhDemo = zh.locator('[data-demo="async"]');
    await expect(zh.getByRole('button', { name: '播放' })).toBeEnabled();
    // Idle, in Chinese: the run is drawn (and, before the reader plays, nothing of its numbers).
    await expect(zh.locator('.narr')).toContainText(DEMO_STRINGS.zh.ui['narr.idle']);
    await playToEnd(zhDemo);

    // The host resets everything to 40px serif and hides svg, .demo, .controls …: none of it gets in. Its
    // `* { all: revert }` does make the element itself inline (the host's rules win over :host, so that a
    // host can hide it); the inner root is a block, and the figure is drawn the same.
    const look = (el: Locator) => el.evaluate((host) => {
      const root = host.shadowRoot!;
      const css = (sel: string) => getComputedStyle(root.querySelector(sel)!);
      return {
        host: getComputedStyle(host).display,
        font: css('.root').fontSize,
        family: css('.root').fontFamily.includes('serif') && !css('.root').fontFamily.includes('sans-serif'),
        letters: css('.root').letterSpacing,
        upper: css('.narr').textTransform,
        align: css('.narr').textAlign,
        svg: css('svg').display,
        svgBox: Math.round(root.querySelector('svg')!.getBoundingClientRect().width),
        button: [css('button.play').fontSize, css('button.play').fontStyle, css('button.play').borderStyle],
        fill: css('[data-lane="app"]').fill,
        hidden: css('[data-demo]').visibility,
      };
    });
    for (const el of [en, zh]) {
      expect(await look(el)).toEqual({
        host: 'inline', font: '16px', family: false, letters: 'normal', upper: 'none', align: 'start', svg: 'block',
        svgBox: expect.any(Number), button: ['14.4px', 'normal', 'solid'], fill: expect.not.stringContaining('255, 0, 0'),
        hidden: 'visible',
      });
      // Drawn at a readable size beside its side column, not collapsed by the host's rules.
      expect((await look(el)).svgBox).toBeGreaterThan(300);
    }
    // theme="auto" follows the (light) system; theme="dark" pins the dark palette.
    await expect(en.locator('.root')).toHaveCSS('background-color', LIGHT_SURFACE);
    await expect(zh.locator('.root')).toHaveCSS('background-color', DARK_SURFACE);
    await expect(zh.locator('.root')).toHaveAttribute('lang', 'zh-CN');

    expect(errors).toEqual([]);
    expect(outside(urls, baseURL!, BLOG_URL)).toEqual([]);
  });

  test('the element\'s styles do not change the host page', async ({ page }) => {
    const snapshot = () => page.evaluate(() => {
      const props = ['font-size', 'font-family', 'color', 'background-color', 'line-height', 'letter-spacing', 'text-transform',
        'margin-top', 'padding-top', 'border-top-style', 'display', 'box-sizing'];
      const els = ['body', 'h1', '#host-text', '#host-button', '#host-after', 'iframe'].map((s) => document.querySelector(s)!);
      return {
        styles: els.map((el) => props.map((p) => getComputedStyle(el).getPropertyValue(p))),
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        styleTags: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      };
    });
    // The same page with io-models.js blocked: the host as its own stylesheet alone draws it.
    await page.route('**/embed/io-models.js', (r) => r.abort());
    await page.goto(BLOG_URL);
    const without = await snapshot();
    await page.unroute('**/embed/io-models.js');
    await page.goto(BLOG_URL);
    for (const id of ['element-en', 'element-zh']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect(page.locator(`#${id} button.play`)).toBeEnabled();
    }
    expect(await snapshot()).toEqual(without);
  });

  test('the element\'s only requests are its module and its kind\'s chunks, and the frames load only from the site', async ({ page, context, baseURL }) => {
    const { errors, urls } = watch(page, context);
    const fromHost: string[] = [];
    page.on('request', (r) => {
      if (r.frame() === page.mainFrame() && r.resourceType() !== 'document') fromHost.push(r.url());
    });
    await page.goto(BLOG_URL);
    for (const id of ['frame-model', 'frame-compare']) await frameOf(page, id);
    // Played to the end, so anything the element might fetch on the way would have been asked for.
    for (const id of ['element-en', 'element-zh']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await playToEnd(page.locator(`#${id} [data-demo]`));
    }
    const site = new URL(baseURL!).origin;
    const paths = fromHost.filter((u) => u.startsWith(site)).map((u) => new URL(u).pathname);
    expect(paths.filter((p) => !p.startsWith('/embed/chunks/')).sort()).toEqual(['/embed/embed.js', '/embed/io-models.js']);
    // Both elements show timeline kinds: their chunk, and no other kind's.
    expect(kindsLoaded(paths)).toEqual(['timeline']);
    for (const p of paths) expect(p).toMatch(/^\/embed\/(embed|io-models|chunks\/[\w-]+)\.js$/);
    expect(outside(urls, baseURL!, BLOG_URL)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('hostile attributes run nothing; the element falls back to its defaults and says which attribute', async ({ page }) => {
    const { errors } = watch(page, page.context());
    await page.goto(BLOG_URL);
    await page.evaluate((bad) => {
      const el = document.createElement('io-model-demo');
      el.id = 'hostile';
      el.setAttribute('model', '<script>alert(1)</script>');
      el.setAttribute('lang', bad);
      el.setAttribute('theme', '" onmouseover="alert(3)');
      document.body.append(el);
    }, HOSTILE);
    const el = page.locator('#hostile');
    await el.scrollIntoViewIfNeeded();
    await expect(el.locator('[data-demo="blocking"]')).toBeVisible();
    await expect(el.getByRole('button', { name: 'Play' })).toBeEnabled();
    await expect(el.locator('.msg span')).toHaveCount(3);
    await expect(el.locator('.msg')).toContainText('model: unknown value');
    await expect(el.locator('.msg')).toContainText('lang: unknown value');
    await expect(el.locator('.msg')).toContainText('theme: unknown value');
    const shadow = await el.evaluate((h) => h.shadowRoot!.innerHTML);
    for (const s of ['<script', '<img', 'onerror', 'onmouseover', 'alert(']) expect(shadow).not.toContain(s);
    await playToEnd(el.locator('[data-demo="blocking"]'));
    // Attributes stay live: a valid model and language replace the fallback and its message.
    await el.evaluate((h) => {
      h.setAttribute('model', 'compare');
      h.setAttribute('lang', 'zh');
      h.setAttribute('theme', 'dark');
    });
    await expect(el.locator('[data-demo-compare] [data-model]')).toHaveCount(5);
    // the comparison replaced the model demo, legend and all
    await expect(el.locator('.io-demo')).toHaveCount(0);
    await expect(el.locator('.legend')).toHaveCount(1);
    await expect(el.getByRole('button', { name: '播放' })).toBeEnabled();
    await expect(el.locator('.msg')).toBeHidden();
    await expect(el.locator('.msg span')).toHaveCount(0);
    await expect(el.locator('.root')).toHaveCSS('background-color', DARK_SURFACE);
    // Moved within the page, it keeps its state; removed, it goes quietly.
    await el.getByRole('button', { name: '下一个事件' }).click();
    await el.evaluate((h) => document.body.prepend(h));
    await expect(el.locator('[data-demo-compare] [data-model]')).toHaveCount(5);
    await expect(el.locator('[data-demo-compare] [data-model]').first()).not.toHaveAttribute('data-status', 'idle');
    await el.evaluate((h) => h.remove());
    await twoFrames(page);
    expect(errors).toEqual([]);
  });
});

test.describe('the "Going further" demos on a fixture blog post (further.html)', () => {
  const FURTHER_URL = new URL('further.html', BLOG_URL).href;

  test('as elements and in frames, the price figure and the lab draw, answer their controls and play, under hostile CSS', async ({ page, context, baseURL }) => {
    const { errors, urls } = watch(page, context);
    await page.goto(FURTHER_URL);

    // The price figure as an element: the server's default, then both sliders, through the simulator's clamp.
    const priceEl = page.locator('#element-price');
    await priceEl.scrollIntoViewIfNeeded();
    const price = priceEl.locator('[data-demo="many-price"]');
    await expect(price).toHaveAttribute('data-live', 'true');
    await expect(price).toHaveAttribute('data-n', '1000');
    await expect(price.locator('svg').first()).toBeVisible();
    await price.locator('input[name="k"]').fill('500');
    await expect(price).toHaveAttribute('data-k', '500');
    await price.locator('input[name="n"]').fill('0');
    await expect(price).toHaveAttribute('data-n', '1');
    await expect(price).toHaveAttribute('data-k', '1');
    await expect(price.getByRole('status')).toContainText('epoll examines 1,');
    await expect(priceEl.locator('.root')).toHaveCSS('background-color', LIGHT_SURFACE);
    await expect(priceEl.locator('.msg')).toBeHidden();

    // The lab as an element, in Chinese and dark: a toggle changes edge-triggered's verdict, and it plays to the end.
    const labEl = page.locator('#element-lab');
    await labEl.scrollIntoViewIfNeeded();
    const lab = labEl.locator('[data-demo="epoll-lab"]');
    await expect(lab).toHaveAttribute('data-live', 'true');
    await expect(lab.locator('[data-run] svg')).toHaveCount(2);
    await expect(labEl.getByRole('button', { name: '播放' })).toBeEnabled();
    const et = lab.locator('[data-run="et"] .verdict');
    await expect(et).toHaveAttribute('data-verdict', 'stranded');
    await lab.locator('input[name="drain"]').check();
    await expect(et).toHaveAttribute('data-verdict', 'empty');
    await labEl.getByRole('button', { name: '播放' }).click();
    await expect(lab).toHaveAttribute('data-status', 'playing');
    await page.clock.runFor(20_000);
    await expect(lab).toHaveAttribute('data-status', 'done');
    await expect(labEl.locator('.root')).toHaveCSS('background-color', DARK_SURFACE);
    await expect(labEl.locator('.root')).toHaveAttribute('lang', 'zh-CN');
    // Capped at the embed page's width on this wide host, so its timelines' text keeps its size.
    expect(await lab.evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(768);

    // In frames: each wakes on a touch and answers a control; embed.js fits both (the lab's starts at 300 px).
    const priceFrame = await frameOf(page, 'frame-price');
    const framed = priceFrame.locator('[data-demo="many-price"]');
    await framed.locator('input[name="n"]').fill('400');
    await expect(framed).toHaveAttribute('data-n', '10000');
    const labFrame = await frameOf(page, 'frame-lab');
    await labFrame.locator('input[name="oneshot"]').check();
    await expect(labFrame.locator('[data-run="lt"] .verdict')).not.toHaveAttribute('data-verdict', 'again');
    for (const id of ['frame-price', 'frame-lab']) {
      await expect.poll(async () => {
        const h = await heights(page, id);
        return Math.abs(h.frame - Math.ceil(h.inner));
      }, { message: id }).toBeLessThanOrEqual(1);
    }
    expect((await heights(page, 'frame-lab')).frame).toBeGreaterThan(600);

    expect(errors).toEqual([]);
    expect(outside(urls, baseURL!, BLOG_URL)).toEqual([]);
  });

  test('a near miss (a page\'s slug) falls back to blocking I/O with a message; a live attribute then swaps in each demo whole', async ({ page }) => {
    const { errors } = watch(page, page.context());
    await page.goto(FURTHER_URL);
    await page.evaluate(() => {
      const el = document.createElement('io-model-demo');
      el.id = 'swap';
      el.setAttribute('model', 'level-edge');
      document.body.append(el);
    });
    const el = page.locator('#swap');
    await el.scrollIntoViewIfNeeded();
    await expect(el.locator('[data-demo="blocking"]')).toBeVisible();
    await expect(el.locator('.msg')).toContainText('model: unknown value');
    await expect(el.locator('.msg')).toContainText('epoll-lab');
    await el.evaluate((h) => h.setAttribute('model', 'many-price'));
    await expect(el.locator('[data-demo="many-price"]')).toBeVisible();
    // the timeline demo went, legend and all, and so did the message
    await expect(el.locator('.io-demo, .legend')).toHaveCount(0);
    await expect(el.locator('.msg')).toBeHidden();
    await expect(el.locator('.credit a')).toHaveAttribute('href', /\/further\/many-sockets\/$/);
    await el.evaluate((h) => h.setAttribute('model', 'epoll-lab'));
    await expect(el.locator('[data-demo="epoll-lab"] [data-run]')).toHaveCount(2);
    await expect(el.locator('.io-many')).toHaveCount(0);
    await expect(el.locator('.credit a')).toHaveAttribute('href', /\/further\/level-edge\/$/);
    await el.getByRole('button', { name: 'Next' }).click();
    await expect(el.locator('[data-demo="epoll-lab"]')).not.toHaveAttribute('data-status', 'idle');
    await el.evaluate((h) => h.remove());
    await twoFrames(page);
    expect(errors).toEqual([]);
  });
});

test.describe('the element\'s chunks', () => {
  /**
   * A page of the blog's origin holding one element of `model` and the site's module (as the Embed box's snippet),
   * and the URLs it requests (the blog post's own, before it is replaced, not among them).
   */
  async function withElement(page: Page, baseURL: string, model: string): Promise<{ el: Locator; urls: string[] }> {
    await page.goto(BLOG_URL);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One</title><link rel="icon" href="data:,"></head><body>` +
      `<script type="module" src="${new URL('embed/io-models.js', baseURL).href}"></script>` +
      `<io-model-demo id="one" model="${model}" lang="en"><a href="${baseURL}">Back</a></io-model-demo></body></html>`);
    return { el: page.locator('#one'), urls };
  }

  test('an element says it is loading until its kind\'s chunk arrives, loads no other kind\'s, and shows only the last asked kind', async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    // Each kind's chunk held until the test lets it through.
    const held = new Map<string, () => void>();
    await page.route(/\/embed\/chunks\/(lab|price)-[\w-]+\.js$/, async (route) => {
      await new Promise<void>((go) => held.set(/chunks\/(\w+)-/.exec(route.request().url())![1]!, go));
      await route.continue();
    });
    const { el, urls } = await withElement(page, baseURL!, 'epoll-lab');
    const wait = el.locator('.wait');
    await expect(wait).toHaveText(ELEMENT_STRINGS.en.loading);
    await expect(wait).toHaveAttribute('data-status', 'loading');
    await expect(el.locator('.credit a')).toBeVisible();
    await expect.poll(() => held.has('lab')).toBe(true);
    // Asked for the price figure while the lab's chunk is on its way: the lab, once it arrives, is not shown.
    await el.evaluate((h) => h.setAttribute('model', 'many-price'));
    await expect.poll(() => held.has('price')).toBe(true);
    held.get('price')!();
    await expect(el.locator('[data-demo="many-price"]')).toHaveAttribute('data-live', 'true');
    await expect(wait).toBeHidden();
    held.get('lab')!();
    // Importing the lab's chunk here settles after the element's own import() of it has been answered.
    await page.evaluate((u) => import(u).then(() => null), urls.find((u) => /chunks\/lab-/.test(u))!);
    await twoFrames(page);
    await expect(el.locator('[data-demo]')).toHaveCount(1);
    await expect(el.locator('[data-demo="many-price"]')).toBeVisible();
    // A price figure alone loads no timeline chunk.
    await page.unrouteAll();
    const alone = await withElement(page, baseURL!, 'many-price');
    await expect(alone.el.locator('[data-demo="many-price"]')).toHaveAttribute('data-live', 'true');
    expect(kindsLoaded(alone.urls.map((u) => new URL(u).pathname))).toEqual(['price']);
    expect(errors).toEqual([]);
  });

  test('an element whose chunk cannot be loaded says so above its link back, with no error', async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    await page.route(/\/embed\/chunks\/timeline-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    const { el } = await withElement(page, baseURL!, 'blocking');
    const wait = el.locator('.wait');
    await expect(wait).toHaveAttribute('data-status', 'failed');
    await expect(wait).toHaveText(ELEMENT_STRINGS.en.failed);
    await expect(el.locator('.credit a')).toHaveAttribute('href', /\/models\/blocking\/$/);
    await expect(el.locator('[data-demo]')).toHaveCount(0);
    // Chromium's own line for the refused request, which no page can silence; nothing else (no unhandled rejection).
    expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
  });
});

test.describe('the embed pages', () => {
  test('hostile query strings run nothing and fall back to defaults, each with a message', async ({ page, context, baseURL }) => {
    const { errors, urls } = watch(page, context);
    const query = `?theme=${encodeURIComponent(HOSTILE)}&arrival=1e99&copy=${encodeURIComponent('<script>alert(2)</script>')}` +
      `&poll=javascript:alert(3)&controls=${encodeURIComponent('"><svg onload=alert(4)>')}`;
    for (const [prefix, used] of [['', 'using 100'], ['zh/', '已改用 100']] as const) {
      await page.goto(`${prefix}embed/nonblocking/${query}`);
      const demo = page.locator('[data-demo="nonblocking"]');
      // A scenario in the query (it goes on in the hash) wakes the demo at once.
      await expect(demo).toHaveAttribute('data-live', 'true');
      const html = page.locator('html');
      await expect(html).not.toHaveAttribute('data-theme', /.*/);
      await expect(html).toHaveAttribute('data-controls', 'full');
      await expect(html).toHaveAttribute('data-bad', 'theme controls');
      await expect(page.locator('.embed-note[data-note="theme"]')).toBeVisible();
      await expect(page.locator('.embed-note[data-note="controls"]')).toBeVisible();
      // arrival 1e99 is clamped to the largest allowed value; copy and poll are garbage, so the defaults.
      const values = await demo.getByRole('spinbutton').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(values).toEqual(['100', '2', '3']);
      await expect(demo.locator('.notes span')).toHaveCount(3);
      await expect(demo.locator('.notes')).toContainText(used);
      const body = await page.locator('body').innerHTML();
      for (const s of ['<img', 'onerror', 'onload', 'alert(', '<script>alert']) expect(body, prefix).not.toContain(s);
      await expect(page.locator('img, svg[onload]')).toHaveCount(0);
      await playToEnd(demo);
    }
    // The same address inside a frame of the blog.
    await page.goto(BLOG_URL);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'hostile-frame';
      f.title = 'hostile';
      f.src = src;
      document.body.append(f);
    }, new URL(`embed/nonblocking/${query}`, baseURL).href);
    const frame = await frameOf(page, 'hostile-frame');
    await expect(frame.locator('.embed-note[data-note="theme"]')).toBeVisible();
    await expect(frame.locator('.io-demo .notes span')).toHaveCount(3);
    expect(errors).toEqual([]);
    expect(outside(urls, baseURL!, BLOG_URL)).toEqual([]);
  });

  test('a value too long, cut inside a character or with garbage after its digits is noted like any bad value; the valid ones stay', async ({ page, context, baseURL }) => {
    const { errors } = watch(page, context);
    const emoji = '%F0%9F%98%80';
    for (const [bad, notes] of [
      [`arrival=${'1'.repeat(31)}${emoji}`, 1],
      [`arrival=${'%E4%B8%AD'.repeat(31)}${emoji}`, 1],
      ['arrival=00000000000000000000000000000007junk', 1],
      [`arrival=${'9'.repeat(40)}&poll=%E0%A4%A`, 2],
    ] as const) {
      await page.goto(`embed/nonblocking/?copy=5&${bad}`);
      const demo = page.locator('[data-demo="nonblocking"]');
      await expect(demo).toHaveAttribute('data-live', 'true');
      const values = await demo.getByRole('spinbutton').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(values, bad).toEqual(['10', '5', '3']);
      await expect(demo.locator('.notes span'), bad).toHaveCount(notes);
      await expect(demo.locator('.notes'), bad).toContainText('Datagram ready at (A): that value was out of range or not a number; using 10');
    }
    // In a frame, the page still reports its height.
    await page.goto(BLOG_URL);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      Object.assign(f, { id: 'emoji-frame', title: 'emoji', src, height: '200' });
      document.body.append(f);
    }, new URL(`embed/nonblocking/?copy=5&arrival=${'1'.repeat(31)}${emoji}`, baseURL).href);
    const frame = await frameOf(page, 'emoji-frame');
    await expect(frame.locator('.io-demo .notes span')).toHaveCount(1);
    await expect.poll(async () => (await heights(page, 'emoji-frame')).frame).toBeGreaterThan(800);
    expect(errors).toEqual([]);
  });

  test('theme=light pins light on a dark system, theme=dark pins dark on a light one; auto follows the system', async ({ page }) => {
    for (const [scheme, theme, surface] of [
      ['dark', 'light', LIGHT_SURFACE], ['light', 'dark', DARK_SURFACE], ['dark', 'auto', DARK_SURFACE], ['light', '', LIGHT_SURFACE],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`embed/blocking/${theme ? `?theme=${theme}` : ''}`);
      await expect(page.locator('.demo'), `${theme} on ${scheme}`).toHaveCSS('background-color', surface);
      await expect(page.locator('.embed-note').first()).toBeHidden();
    }
  });

  test('controls=minimal keeps the player and the figure, and a scenario in the query draws that scenario', async ({ page }) => {
    await page.goto('zh/embed/signal-driven/?controls=minimal&arrival=4&copy=5');
    const demo = page.locator('[data-demo="signal-driven"]');
    await expect(demo).toHaveAttribute('data-live', 'true');
    for (const sel of ['.params', '.code', '.foot']) await expect(demo.locator(sel)).toBeHidden();
    await expect(demo.locator('.figbox svg')).toBeVisible();
    await expect(demo.locator('.notes span')).toHaveCount(0);
    await expect(demo.locator('[data-phase="copy"]')).toHaveAttribute('data-from', '4');
    await expect(demo.locator('[data-phase="copy"]')).toHaveAttribute('data-to', '9');
    await playToEnd(demo);
    // The parameters are hidden, but a value that had to change is still reported.
    await page.goto('embed/multiplexing/?controls=minimal&arrival=500');
    await expect(page.locator('.io-demo')).toHaveAttribute('data-live', 'true');
    await expect(page.locator('.params input').first()).toBeHidden();
    await expect(page.locator('.notes span')).toBeVisible();
    await expect(page.locator('.notes')).toContainText('using 100');
  });

});

test.describe('the Embed button', () => {
  for (const [path, model] of [['models/blocking/', 'blocking'], ['zh/summary/', 'compare']] as const) {
    test(`on /${path}: both snippets, pasted into a plain page on another origin, show the demo`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const box = page.locator(`.demo details[data-embed="${model}"]`);
      await expect(box.locator('pre').first()).toBeHidden();
      await box.locator('summary').click();
      const iframe = (await box.locator('pre[data-snippet="iframe"]').textContent())!;
      const element = (await box.locator('pre[data-snippet="element"]').textContent())!;
      // The layout's copy buttons serve the snippets too.
      await box.locator('.code-wrap:has(pre[data-snippet="element"]) .code-copy').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(element);

      const zh = path.startsWith('zh/');
      const src = /<iframe src="([^"]+)"/.exec(iframe)?.[1];
      expect(src).toMatch(new RegExp(`/${zh ? 'zh/' : ''}embed/${model}/$`));
      expect(iframe).toMatch(/ title="[^"<>]{10,}"/);
      expect(iframe).toContain('loading="lazy"');
      expect(iframe).toContain(`height="${IFRAME_HEIGHT[model]}"`);
      expect(iframe).toMatch(new RegExp(`<a href="[^"]+/${zh ? 'zh/' : ''}${model === 'compare' ? 'summary' : `models/${model}`}/">`));
      expect(iframe).toMatch(/<script async src="[^"]+\/embed\/embed\.js"><\/script>/);
      expect(element).toMatch(/<script type="module" src="[^"]+\/embed\/io-models\.js"><\/script>/);
      expect(element).toContain(`<io-model-demo model="${model}" lang="${zh ? 'zh' : 'en'}" theme="auto">`);

      // The snippets carry the site's configured address; on this test server, the site is at baseURL.
      const origin = new URL(src!).origin;
      const here = new URL(baseURL!).origin;
      const pasted = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head>` +
        `<body><p>My post.</p>\n${iframe}\n${element}\n</body></html>`.replaceAll(origin, here);
      const { errors, urls } = watch(page, context);
      // Written into a page of the blog's origin (a fulfilled route would have no address, and Chromium's
      // local-network checks would then refuse the loopback site).
      await page.goto(BLOG_URL);
      await page.setContent(pasted);
      const f = page.frameLocator('iframe');
      await page.locator('iframe').scrollIntoViewIfNeeded();
      await expect(f.locator('button.play').first()).toBeEnabled();
      await expect(f.locator('[data-lane="app"]').first()).toBeAttached();
      const el = page.locator('io-model-demo');
      await el.scrollIntoViewIfNeeded();
      await expect(el.locator('button.play').first()).toBeEnabled();
      await expect(el.locator('[data-lane="app"]').first()).toBeAttached();
      await expect(el.locator('.msg')).toBeHidden();
      expect(errors).toEqual([]);
      expect(outside(urls, baseURL!, BLOG_URL)).toEqual([]);
    });
  }
});
