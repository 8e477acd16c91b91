/**
 * The <io-model-demo> element class: an open shadow root that adopts the shared stylesheet (styles.ts).
 * It mounts the frame (IoModelDemo.svelte: theme, language, messages, the link back) and, in the frame's
 * `.stage`, the demo for the model and language the attributes name (a timeline demo under its legend, the
 * level/edge lab or the price of one wait), mounted afresh when either changes.
 * The three attributes are observed and checked once (attrs.ts); the frame gets the result as a live prop.
 *
 * Why our own and not Svelte's `customElement` build: that wrapper (custom-element.js, the legacy class
 * API it builds on, prop and deep-state code) is ~1.5 KB gzip of a 30 KB budget, and what it adds over
 * these lines (props as element properties, slots, reflection) the element does not use.
 */
import { mount, unmount } from 'svelte';
import IoModelDemo from '~components/embed/IoModelDemo.svelte';
import EmbedModel from '~components/embed/EmbedModel.svelte';
import CompareIsland from '~components/islands/CompareIsland.svelte';
import LabIsland from '~components/islands/LabIsland.svelte';
import PriceIsland from '~components/islands/PriceIsland.svelte';
import TimelineLegend from '~components/figure/TimelineLegend.svelte';
import { LEGEND_STATES } from '~/figure/legend';
import { readAttributes, type EmbedAttribute } from './attrs';
import { sharedSheet } from './styles';
import { labSizers } from '~/narration/lab';
import { CODE, FURTHER, TEXT } from './baked';

type App = ReturnType<typeof mount>;

/** The attributes as signals, and what they say once checked: a change reaches the frame without remounting it. */
class Attrs {
  model = $state.raw<string | null>(null);
  lang = $state.raw<string | null>(null);
  theme = $state.raw<string | null>(null);
  cfg = $derived(readAttributes(this.model, this.lang, this.theme));
}

/** The element <io-model-demo>: its shadow root, the frame and the demo the attributes name. */
export class IoModelDemoElement extends HTMLElement {
  static observedAttributes: EmbedAttribute[] = ['model', 'lang', 'theme'];
  #attrs = new Attrs();
  #frame: App | undefined;
  #stage: Element | null = null;
  /** what the stage shows ("model locale"), and the apps showing it */
  #shown = '';
  #demo: App[] = [];

  connectedCallback(): void {
    if (this.#frame) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sharedSheet()];
    const a = this.#attrs;
    this.#frame = mount(IoModelDemo, {
      target: root,
      props: { get cfg() { return a.cfg; } },
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
    this.#attrs[name] = value;
    this.#show();
  }

  /** Mounts the demo the attributes name into the stage, unless it is already there. */
  #show(): void {
    const target = this.#stage;
    if (!target) return;
    const { model, locale } = this.#attrs.cfg;
    if (`${model} ${locale}` === this.#shown) return;
    this.#clear();
    this.#shown = `${model} ${locale}`;
    const s = TEXT[locale];
    if (model === 'many-price') {
      this.#demo = [mount(PriceIsland, { target, props: { text: FURTHER[locale].price } })];
      return;
    }
    if (model === 'epoll-lab') {
      const { narr, ...text } = FURTHER[locale].lab;
      this.#demo = [mount(LabIsland, { target, props: { text, narr, ui: s.ui, ...labSizers(narr, text.idleHint) } })];
      return;
    }
    const legend = mount(TimelineLegend, { target, props: { ui: s.ui, states: LEGEND_STATES[model] } });
    this.#demo = [legend, model === 'compare'
      ? mount(CompareIsland, { target, props: { ui: s.ui, labels: s.labelsShort, models: s.models, eventNames: s.labels, embedded: true } })
      : mount(EmbedModel, {
        target,
        props: { model, ui: s.ui, labels: s.labels, name: s.models[model], narr: s.narr[model], stretch: s.stretch[model], code: CODE[model] },
      })];
  }

  #clear(): void {
    for (const app of this.#demo) void unmount(app);
    this.#demo = [];
    this.#shown = '';
  }
}
