/**
 * What the Embed box, the embed pages and the element's link back call a demo (server side and at build time: it
 * reads every locale's strings). A relative import, as build-element.ts (a Vite config, loaded without the aliases) imports it.
 */
import { STRINGS } from '../i18n/strings.ts';
import type { Locale } from '~/i18n/locales';
import type { EmbedModel } from './snippets';

/** A model's name, the comparison's, or a "Going further" demo's own title. */
export function embedName(locale: Locale, model: EmbedModel): string {
  const s = STRINGS[locale];
  if (model === 'compare') return s.embed.compare;
  if (model === 'epoll-lab') return s.many.lab.title;
  if (model === 'many-price') return s.many.price.title;
  return s.demo.models[model];
}
