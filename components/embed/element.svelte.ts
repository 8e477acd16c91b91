/**
 * The <io-model-demo> element class: an open shadow root that adopts the shared stylesheet (styles.ts) and
 * mounts IoModelDemo.svelte in it. The three attributes are observed and passed on as live props; the
 * component checks them against its whitelists.
 *
 * Why our own and not Svelte's `customElement` build: that wrapper (custom-element.js, the legacy class
 * API it builds on, prop and deep-state code) is ~1.5 KB gzip of a 30 KB budget, and what it adds over
 * these lines (props as element properties, slots, reflection) the element does not use.
 */
import { mount, unmount } from 'svelte';
import IoModelDemo from './IoModelDemo.svelte';
import { sharedSheet } from './styles';

type Attr = 'model' | 'lang' | 'theme';

/** The attributes as signals: a change reaches the component without remounting it. */
class Attrs {
  model = $state.raw<string | null>(null);
  lang = $state.raw<string | null>(null);
  theme = $state.raw<string | null>(null);
}

export class IoModelDemoElement extends HTMLElement {
  static observedAttributes: Attr[] = ['model', 'lang', 'theme'];
  #attrs = new Attrs();
  #app: ReturnType<typeof mount> | undefined;

  connectedCallback(): void {
    if (this.#app) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sharedSheet()];
    const a = this.#attrs;
    this.#app = mount(IoModelDemo, {
      target: root,
      props: { get model() { return a.model; }, get locale() { return a.lang; }, get theme() { return a.theme; } },
    });
  }

  disconnectedCallback(): void {
    // Moving the element (remove, then insert) keeps the running demo; only a real removal ends it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return;
      void unmount(this.#app);
      this.#app = undefined;
    });
  }

  attributeChangedCallback(name: Attr, _old: string | null, value: string | null): void {
    this.#attrs[name] = value;
  }
}
