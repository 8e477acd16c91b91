/**
 * The custom element's shared stylesheet: the site's palette, the demo colours and the element's base,
 * adopted by every element's shadow root (one constructed sheet for all of them). The components' own
 * styles arrive by themselves: compiled with css 'injected', Svelte puts each into the shadow root it renders in.
 */
import palette from '~/styles/palette.css?inline';
import colors from '~components/demo/demo-colors.css?inline';
import base from '~components/embed/element.css?inline';

let sheet: CSSStyleSheet | undefined;

/** The one sheet, made on first use. */
export function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(palette + colors + base);
  }
  return sheet;
}
