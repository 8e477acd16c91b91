/**
 * The custom element's shared stylesheet: the site's palette, the demo colours and the element's base,
 * adopted by every element's shadow root (one constructed sheet for all of them). The components' own
 * styles arrive by themselves: compiled with css 'injected', Svelte puts each into the shadow root it renders in.
 */
import palette from '../../src/styles/palette.css?inline';
import colors from '../demo-colors.css?inline';
import base from './element.css?inline';

let sheet: CSSStyleSheet | undefined;

/** Svelte's `extend` hook: the generated element class, whose shadow root adopts the shared sheet. */
export function withStyles(element: new () => HTMLElement): new () => HTMLElement {
  return class extends element {
    constructor() {
      super();
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(palette + colors + base);
      }
      if (this.shadowRoot) this.shadowRoot.adoptedStyleSheets = [sheet];
    }
  };
}
