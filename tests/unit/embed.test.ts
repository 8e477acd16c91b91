/** The embeds' pure parts: the element's attribute whitelists and the two snippets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_CONTROLS, EMBED_SCENARIO_KEYS, EMBED_THEMES } from '~/embed/query';
import { LOCALES } from '~/i18n/locales';
import { STRINGS } from '~/i18n/strings';
import { readAttributes } from '~/embed/attrs';
import { EMBED_MODELS, elementSnippet, embedPath, esc as attr, iframeSnippet, pagePath } from '~/embed/snippets';

describe('readAttributes', () => {
  it('absent attributes take the defaults silently', () => {
    expect(readAttributes(undefined, null, undefined)).toEqual({ model: 'blocking', locale: 'en', theme: 'auto', bad: [] });
  });
  it('known values are read without regard to case or surrounding space', () => {
    expect(readAttributes(' Compare ', 'ZH', 'dark')).toEqual({ model: 'compare', locale: 'zh', theme: 'dark', bad: [] });
    expect(readAttributes('signal-driven', 'en', 'light')).toEqual({ model: 'signal-driven', locale: 'en', theme: 'light', bad: [] });
    expect(readAttributes('EPOLL-LAB', 'zh', 'auto')).toEqual({ model: 'epoll-lab', locale: 'zh', theme: 'auto', bad: [] });
    expect(readAttributes(' many-price', 'en', 'dark')).toEqual({ model: 'many-price', locale: 'en', theme: 'dark', bad: [] });
  });
  it('the "Going further" demos by their own ids only: not their pages\' slugs, not a near miss', () => {
    for (const m of ['level-edge', 'many-sockets', 'epoll', 'many_price', 'epoll-lab2', 'constructor']) {
      expect(readAttributes(m, 'en', 'auto'), m).toEqual({ model: 'blocking', locale: 'en', theme: 'auto', bad: ['model'] });
    }
  });
  it('anything else falls back to the default and is named, never echoed', () => {
    expect(readAttributes('<script>alert(1)</script>', 'zh-CN', '')).toEqual({
      model: 'blocking', locale: 'en', theme: 'auto', bad: ['model', 'lang', 'theme'],
    });
    expect(readAttributes(42, {}, 'toString')).toEqual({ model: 'blocking', locale: 'en', theme: 'auto', bad: ['model', 'lang', 'theme'] });
  });
});

describe('snippets', () => {
  it('paths: embed pages per locale; compare explains itself on the summary page', () => {
    expect(embedPath('en', 'blocking')).toBe('/embed/blocking/');
    expect(embedPath('zh', 'compare')).toBe('/zh/embed/compare/');
    expect(pagePath('en', 'async')).toBe('/models/async/');
    expect(pagePath('zh', 'compare')).toBe('/zh/summary/');
  });
  it('paths: the lab and the price figure embed at their ids and explain themselves on their "Going further" pages', () => {
    expect(embedPath('en', 'epoll-lab')).toBe('/embed/epoll-lab/');
    expect(embedPath('zh', 'many-price')).toBe('/zh/embed/many-price/');
    expect(pagePath('en', 'epoll-lab')).toBe('/further/level-edge/');
    expect(pagePath('zh', 'many-price')).toBe('/zh/further/many-sockets/');
  });
  it('the snippets\' escaper (esc) escapes what could end an attribute or start a tag', () => {
    expect(attr('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
  });
  it('the iframe snippet: frame with title, lazy, fixed height; a link back; embed.js', () => {
    expect(iframeSnippet('https://x.example/p/', 'zh', 'compare', 'T "1"', 'Back')).toBe(
      '<iframe src="https://x.example/p/zh/embed/compare/" title="T &quot;1&quot;"\n' +
        '  width="100%" height="2860" loading="lazy" style="border:0;display:block"></iframe>\n' +
        '<p><a href="https://x.example/p/zh/summary/">Back</a></p>\n' +
        '<script async src="https://x.example/p/embed/embed.js"></script>',
    );
  });
  it('the element snippet: the module, then the element with a link back inside', () => {
    expect(elementSnippet('https://x.example/', 'en', 'nonblocking', 'Back')).toBe(
      '<script type="module" src="https://x.example/embed/io-models.js"></script>\n' +
        '<io-model-demo model="nonblocking" lang="en" theme="auto">\n' +
        '  <a href="https://x.example/models/nonblocking/">Back</a>\n' +
        '</io-model-demo>',
    );
  });
  it('the snippets of a "Going further" demo: its embed page and height, its element, its page', () => {
    expect(iframeSnippet('https://x.example/', 'en', 'many-price', 'T', 'Back')).toBe(
      '<iframe src="https://x.example/embed/many-price/" title="T"\n' +
        '  width="100%" height="1060" loading="lazy" style="border:0;display:block"></iframe>\n' +
        '<p><a href="https://x.example/further/many-sockets/">Back</a></p>\n' +
        '<script async src="https://x.example/embed/embed.js"></script>',
    );
    expect(elementSnippet('https://x.example/', 'zh', 'epoll-lab', 'Back')).toBe(
      '<script type="module" src="https://x.example/embed/io-models.js"></script>\n' +
        '<io-model-demo model="epoll-lab" lang="zh" theme="auto">\n' +
        '  <a href="https://x.example/zh/further/level-edge/">Back</a>\n' +
        '</io-model-demo>',
    );
  });
});

describe('the embed words are written once', () => {
  const pageScript = readFileSync(new URL('../../src/embed/embed-page.js', import.meta.url), 'utf8');
  /** The array literal the inline script passes for query key `key` (pick('theme', [...])). */
  const scriptList = (key: string): string[] => {
    const m = new RegExp(`pick\\('${key}', \\[([^\\]]*)\\]`).exec(pageScript);
    return m ? [...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!) : [];
  };
  it("the embed page's inline script accepts exactly src/embed/query.ts's words", () => {
    expect(scriptList('theme')).toEqual([...EMBED_THEMES]);
    expect(scriptList('controls')).toEqual([...EMBED_CONTROLS]);
    for (const k of EMBED_SCENARIO_KEYS) expect(pageScript).toContain(`'${k}'`);
  });
  it('every locale\'s message for a bad value names every allowed word', () => {
    for (const locale of LOCALES) {
      const s = STRINGS[locale];
      for (const w of EMBED_THEMES) {
        expect(s.embed['bad.theme']).toContain(w);
        expect(s.element.theme).toContain(w);
      }
      for (const w of EMBED_CONTROLS) expect(s.embed['bad.controls']).toContain(w);
      for (const m of EMBED_MODELS) expect(s.element.model).toContain(m);
      for (const l of LOCALES) expect(s.element.lang).toContain(l);
    }
  });
});
