/** The element's level/edge lab chunk: LabIsland with the lab's strings of both languages (baked in by build-element.ts). */
import { mount, unmount } from 'svelte';
import LabIsland from '~components/islands/LabIsland.svelte';
import { labSizers } from '~/narration/lab';
import type { ShowKind } from '../kind-chunks';

const LAB = __IO_LAB__;

/** Mounts the lab. */
export const show: ShowKind = (target, _model, locale) => {
  const { ui, lab: { narr, ...text } } = LAB[locale];
  const app = mount(LabIsland, { target, props: { text, narr, ui, ...labSizers(narr, text.idleHint) } });
  return () => void unmount(app);
};
