/**
 * Which chunk of the element's build carries each demo kind, and what a kind's chunk exports. Pure: the element
 * (element.svelte.ts) loads a kind's chunk on first use through its map of `import()`s, one per chunk name here;
 * the build (build-element.ts) fails unless it writes exactly these chunks, and tests/built/budgets.test.ts
 * measures each kind's entry-plus-chunk. The timeline kinds share one chunk: the comparison draws the same
 * timelines, player and strings as a model.
 */
import type { Locale } from '~/i18n/locales';
import type { EmbedModel } from './snippets';

/** Each embeddable kind's chunk: its module is src/embed/kinds/<name>.ts, its file embed/chunks/<name>-<hash>.js. */
export const KIND_CHUNK = {
  blocking: 'timeline',
  nonblocking: 'timeline',
  multiplexing: 'timeline',
  'signal-driven': 'timeline',
  async: 'timeline',
  compare: 'timeline',
  'epoll-lab': 'lab',
  'many-price': 'price',
} as const satisfies Record<EmbedModel, string>;

/** A chunk's name. */
export type KindChunk = (typeof KIND_CHUNK)[EmbedModel];

/** Mounts a kind's demo at the end of `target` (the frame's stage) and returns what unmounts it. */
export type ShowKind = (target: Element, model: EmbedModel, locale: Locale) => () => void;
