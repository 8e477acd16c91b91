/**
 * The custom element's one stylesheet: the site's palette (the states' colours included), the element's base and every
 * component's CSS, in one constructed sheet adopted by every element's shadow root. Constructed, not
 * <style> elements or style attributes: a host page's CSP (style-src) governs those, never a constructed
 * sheet, so the element looks the same on a host that allows only its script. The components' CSS is
 * compiled to one text by the build (the components of every kind's chunk included, so a demo
 * loaded later finds its styles already here) and pasted over COMPONENT_CSS's placeholder (src/embed/build-element.ts).
 */
import palette from '~/styles/palette.css?inline';
import base from '~components/embed/element.css?inline';

/** Every component's CSS; the build replaces this placeholder string (and fails if it is missing). */
const COMPONENT_CSS: string = '@@io-models-component-css@@';

let sheet: CSSStyleSheet | undefined;

/** The one sheet, made on first use. */
export function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(palette + base + COMPONENT_CSS);
  }
  return sheet;
}
