/**
 * The <io-model-demo> element class: an open shadow root that adopts the shared stylesheet (styles.ts).
 * It mounts the frame (IoModelDemo.svelte: theme, language, messages, the link back) and, in the frame's
 * `.stage`, the demo for the model and language the attributes name, mounted afresh when either changes.
 * A demo's code is not in this module's file: its kind's chunk (kind-chunks.ts) is loaded with import() when
 * an element of that kind is first shown, and then mounts the demo. Meanwhile the frame says it is loading;
 * if the chunk cannot be loaded, it says so above the link back. Only the last asked demo is ever mounted:
 * each request is numbered, and a chunk that arrives for an earlier one is set aside.
 * The three attributes are observed and checked once (attrs.ts); the frame gets the result as a live prop.
 *
 * Why our own and not Svelte's `customElement` build: that wrapper (custom-element.js, the legacy class
 * API it builds on, prop and deep-state code) is ~1.5 KB gzip, and what it adds over these lines (props as
 * element properties, slots, reflection) the element does not use.
 */
import { mount, unmount } from 'svelte';
import IoModelDemo, { type StageStatus } from '~components/embed/IoModelDemo.svelte';
import { readAttributes, type EmbedAttribute } from './attrs';
import { sharedSheet } from './styles';
import { KIND_CHUNK, type KindChunk, type ShowKind } from './kind-chunks';

type App = ReturnType<typeof mount>;

/** Each chunk of kind-chunks.ts and how to load it (the module's URL, relative to this one's, is the build's). */
const LOAD: Record<KindChunk, () => Promise<{ show: ShowKind }>> = {
  timeline: () => import('./kinds/timeline'),
  lab: () => import('./kinds/lab'),
  price: () => import('./kinds/price'),
};

/** The attributes as signals, what they say once checked, and the stage's state: a change reaches the frame without remounting it. */
class View {
  model = $state.raw<string | null>(null);
  lang = $state.raw<string | null>(null);
  theme = $state.raw<string | null>(null);
  cfg = $derived(readAttributes(this.model, this.lang, this.theme));
  status = $state.raw<StageStatus>('loading');
}

/** The element <io-model-demo>: its shadow root, the frame and the demo the attributes name. */
export class IoModelDemoElement extends HTMLElement {
  static observedAttributes: EmbedAttribute[] = ['model', 'lang', 'theme'];
  #view = new View();
  #frame: App | undefined;
  #stage: Element | null = null;
  /** what the stage shows or is loading ("model locale"), the number of that request, and what unmounts the demo */
  #shown = '';
  #asked = 0;
  #unmount: (() => void) | undefined;

  connectedCallback(): void {
    if (this.#frame) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sharedSheet()];
    const v = this.#view;
    this.#frame = mount(IoModelDemo, {
      target: root,
      props: { get cfg() { return v.cfg; }, get status() { return v.status; } },
    });
    this.#stage = root.querySelector('.stage');
    this.#show();
  }

  disconnectedCallback(): void {
    // Moving the element (remove, then insert) keeps the running demo; only a real removal ends it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#frame) return;
      this.#clear();
      void unmount(this.#frame);
      this.#frame = undefined;
      this.#stage = null;
    });
  }

  attributeChangedCallback(name: EmbedAttribute, _old: string | null, value: string | null): void {
    this.#view[name] = value;
    this.#show();
  }

  /** Loads the chunk of the demo the attributes name and mounts the demo into the stage, unless it is already there. */
  #show(): void {
    const target = this.#stage;
    if (!target) return;
    const { model, locale } = this.#view.cfg;
    if (`${model} ${locale}` === this.#shown) return;
    this.#clear();
    this.#shown = `${model} ${locale}`;
    const asked = this.#asked;
    this.#view.status = 'loading';
    // A failed import (the network, a host that blocks the chunk) is the frame's message, not an error; a demo
    // that throws while mounting is a bug and stays an error.
    LOAD[KIND_CHUNK[model]]().then(({ show }) => {
      if (asked !== this.#asked) return;
      this.#unmount = show(target, model, locale);
      this.#view.status = 'ready';
    }, () => {
      if (asked === this.#asked) this.#view.status = 'failed';
    });
  }

  /** Unmounts the demo, and sets aside any chunk still on its way. */
  #clear(): void {
    this.#unmount?.();
    this.#unmount = undefined;
    this.#shown = '';
    this.#asked++;
  }
}
