/** The element's chunk for the price of one wait: PriceIsland with its strings of both languages (baked in by build-element.ts). */
import { mount, unmount } from 'svelte';
import PriceIsland from '~components/islands/PriceIsland.svelte';
import type { ShowKind } from '../kind-chunks';

const PRICE = __IO_PRICE__;

/** Mounts the price figure. */
export const show: ShowKind = (target, _model, locale) => {
  const app = mount(PriceIsland, { target, props: { text: PRICE[locale] } });
  return () => void unmount(app);
};
