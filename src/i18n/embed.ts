/**
 * The strings of the embeds, in English and Chinese: the Embed disclosure under each demo, the chrome-less
 * embed pages, and the messages of the custom element. Invariant: both locales have every key (the
 * `satisfies` clauses make a missing one a type error). Messages name the attribute or query parameter and
 * what is allowed, never the value that was given: nothing a host writes is ever echoed back.
 * ELEMENT_STRINGS is the only part the custom element's bundle imports, so keep it short.
 */
import type { Locale } from './ui';

// Shared by both exports as plain constants, so the element's bundle does not pull in the page strings.
const enCredit = '{name}, step by step, on I/O models';
const enCompare = 'The five I/O models on one clock';
const enTheme = 'theme: unknown value, following the system instead (allowed: light, dark, auto).';
const zhCredit = '在“I/O 模型”一步一步看{name}';
const zhCompare = '五种 I/O 模型，同一个时钟';
const zhTheme = 'theme：无法识别的值，改为跟随系统（允许 light、dark、auto）。';

const en = {
  button: 'Embed',
  intro: 'Put this demo into your own page: copy one of the two snippets below.',
  iframe: 'An iframe, for any page that allows HTML:',
  iframeNote: 'The script line is optional: it fits the frame to the demo. Without it, the fixed height shows the whole demo.',
  element: 'A custom element, for pages that allow scripts (no frame; it follows the page\'s width):',
  more: 'Options and details: Embed a demo',
  frameTitle: '{name}: a live demo from I/O models',
  credit: enCredit,
  compare: enCompare,
  pageTitle: '{name} (embed)',
  pageDescription: 'A live, steppable demo of {name}, for embedding in another page.',
  'bad.theme': enTheme,
  'bad.controls': 'controls: unknown value, showing all controls instead (allowed: full, minimal).',
};

const zh = {
  button: '嵌入',
  intro: '把这个演示放进你自己的网页：复制下面两段代码中的一段。',
  iframe: 'iframe，适用于任何允许 HTML 的网页：',
  iframeNote: '其中的 script 一行可以不要：它让框架的高度贴合演示。没有它，固定的高度也能显示完整的演示。',
  element: '自定义元素，适用于允许脚本的网页（没有框架，宽度随网页变化）：',
  more: '选项与细节：嵌入演示',
  frameTitle: '{name}：来自“I/O 模型”的交互演示',
  credit: zhCredit,
  compare: zhCompare,
  pageTitle: '{name}（嵌入）',
  pageDescription: '{name}的可交互、可单步的演示，供嵌入其他网页。',
  'bad.theme': zhTheme,
  'bad.controls': 'controls：无法识别的值，改为显示全部控件（允许 full、minimal）。',
} satisfies Record<keyof typeof en, string>;

/** A key of the embed strings. */
export type EmbedKey = keyof typeof en;

/** Both locales' strings for the Embed disclosure and the embed pages (server side only). */
export const EMBED_STRINGS: Readonly<Record<Locale, Record<EmbedKey, string>>> = { en, zh };

const enElement = {
  model: 'model: unknown value, showing blocking I/O instead (allowed: blocking, nonblocking, multiplexing, signal-driven, async, compare).',
  lang: 'lang: unknown value, showing English instead (allowed: en, zh).',
  theme: enTheme,
  credit: enCredit,
  compare: enCompare,
};

const zhElement = {
  model: 'model：无法识别的值，改为显示阻塞 I/O（允许 blocking、nonblocking、multiplexing、signal-driven、async、compare）。',
  lang: 'lang：无法识别的值，改为显示英文（允许 en、zh）。',
  theme: zhTheme,
  credit: zhCredit,
  compare: zhCompare,
} satisfies Record<keyof typeof enElement, string>;

/** The custom element's own strings: one message per attribute it could not read, and its link back. */
export const ELEMENT_STRINGS: Readonly<Record<Locale, Record<keyof typeof enElement, string>>> = { en: enElement, zh: zhElement };
