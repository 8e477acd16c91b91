/**
 * The element's timeline chunk: a model's demo (EmbedModel: the island with its highlighted code) or the
 * comparison, each under its legend, with the timeline demos' strings of both languages and every model's
 * highlighted snippet (baked in by build-element.ts). KIND_CHUNK sends only the timeline kinds here.
 */
import { mount, unmount } from 'svelte';
import EmbedModel from '~components/embed/EmbedModel.svelte';
import CompareIsland from '~components/islands/CompareIsland.svelte';
import TimelineLegend from '~components/figure/TimelineLegend.svelte';
import { LEGEND_STATES } from '~/figure/legend';
import type { DemoKind } from '~/figure/kinds';
import type { ShowKind } from '../kind-chunks';

const TEXT = __IO_TEXT__;
const CODE = __IO_CODE__;

/** Mounts the legend, then the model's island or the comparison. */
export const show: ShowKind = (target, embedModel, locale) => {
  const model = embedModel as DemoKind;
  const s = TEXT[locale];
  const apps = [
    mount(TimelineLegend, { target, props: { ui: s.ui, states: LEGEND_STATES[model] } }),
    model === 'compare'
      ? mount(CompareIsland, { target, props: { ui: s.ui, labels: s.labelsShort, models: s.models, eventNames: s.labels, embedded: true } })
      : mount(EmbedModel, {
        target,
        props: { model, ui: s.ui, labels: s.labels, name: s.models[model], narr: s.narr[model], stretch: s.stretch[model], code: CODE[model] },
      }),
  ];
  return () => { for (const app of apps) void unmount(app); };
};
