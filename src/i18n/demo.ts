/**
 * The demos' strings (the words live in src/i18n/<locale>/strings.ts): buttons, legend, lanes, stats,
 * notes, one narration sentence per event label per model and the parts of a tick's state sentence ('narr.state'
 * joins the process's part, by app state, and the kernel's). Only the server imports this module:
 * ModelDemo.astro picks one locale's strings and passes them to an island as props, so no page ships both
 * languages. Placeholders in braces ({t}, {done}, …) are filled by fill(). Event sentences carry no tick:
 * 'narr.tick' puts one in front, and the comparison puts a tick and a model's name in front.
 */
import type { AppState, EventLabel, ModelId } from '~/sim/types';
import type { Locale } from './locales';
import { STRINGS, type Strings } from './strings.ts';

/** One model's narration: a sentence per event label it emits, and its process's part of a tick's state per app state. */
export type Narration = Partial<Record<EventLabel | AppState, string>>;

/** All demo strings of one locale, the narration read as a sentence per label (each model emits some). */
export type DemoLocale = Omit<Strings['demo'], 'narr'> & { narr: Record<ModelId, Narration> };

/** A key of the demos' UI strings. */
export type DemoUiKey = keyof DemoLocale['ui'];

/**
 * The UI strings the islands read (the legend and the no-script note are drawn on the server only).
 * Islands get just these as props, which keeps ~1 KB of strings out of every demo page's HTML; an island
 * that reads any other key is a type error, since its prop type is IslandUi.
 */
export const ISLAND_UI_KEYS = [
  'play', 'pause', 'prev', 'next', 'restart', 'speed', 'scrub', 'save', 'controls', 'figure', 'compareFigure',
  'app', 'appShort', 'kernel', 'phase.wait', 'phase.copy', 'phase.waitShort', 'phase.copyShort', 'params', 'param.arrival', 'param.copy', 'param.pollEvery',
  'param.unit', 'app.wait', 'app.poll', 'app.work', 'app.copy', 'kernel.empty', 'kernel.ready', 'kernel.copying',
  'save.caption', 'save.poll', 'note', 'note.step', 'note.t', 'note.ignored', 'stats', 'stat.done', 'stat.phase1Blocked', 'stat.phase2Blocked',
  'stat.work', 'stat.failedPolls', 'stat.wastedCpu', 'stat.syscalls', 'stat.detectLag', 'code', 'narr.idle',
  'narr.idleHint', 'narr.start', 'narr.compareIdle', 'narr.compareHint', 'narr.tick', 'narr.state', 'narr.empty', 'narr.ready', 'narr.copying',
  'narr.compareStart', 'narr.compareAt', 'narr.compareNothing',
] as const satisfies readonly DemoUiKey[];

/** The UI strings an island gets. */
export type IslandUi = Record<(typeof ISLAND_UI_KEYS)[number], string>;

/** Just the islands' keys of `ui`. */
export function islandUi(ui: Record<DemoUiKey, string>): IslandUi {
  return Object.fromEntries(ISLAND_UI_KEYS.map((k) => [k, ui[k]])) as IslandUi;
}

/** Every locale's demo strings. */
export const DEMO_STRINGS = Object.fromEntries(
  Object.entries(STRINGS).map(([locale, s]) => [locale, s.demo]),
) as Readonly<Record<Locale, DemoLocale>>;
