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

/**
 * One model's narration: a sentence per event label it emits, its process's part of a tick's state per app
 * state, and `label@0` where an event means something else when the datagram is ready at tick 0 (A = 0).
 */
export type Narration = Partial<Record<EventLabel | `${EventLabel}@0` | AppState, string>>;

/** All demo strings of one locale, the narration read as a sentence per label (each model emits some). */
export type DemoLocale = Omit<Strings['demo'], 'narr'> & { narr: Record<ModelId, Narration> };

/** A key of the demos' UI strings. */
export type DemoUiKey = keyof DemoLocale['ui'];

/**
 * The UI strings the islands read (the legend and the no-script note are drawn on the server only), as
 * three lists: what both timeline islands read (controls, parameters, notes, lanes), and what only the
 * model island or only the comparison reads. Each island gets just its own as props, which keeps strings
 * it never reads out of its page's HTML (~1 KB of strings per demo page, ~1.8 KB raw more on the summary);
 * an island that reads any other key is a type error, since its prop type is ModelUi or CompareUi.
 */
const SHARED_UI_KEYS = [
  'play', 'pause', 'prev', 'next', 'restart', 'speed', 'scrub', 'controls', 'kernel', 'phase.wait', 'phase.copy',
  'phase.waitShort', 'phase.copyShort', 'params', 'param.arrival', 'param.copy', 'param.pollEvery', 'param.unit',
  'note', 'note.step', 'note.t', 'note.ignored', 'note.unused', 'note.spelling', 'note.repeat', 'note.semicolon', 'note.long',
  'stat.done', 'figure.smaller', 'figure.handle',
] as const satisfies readonly DemoUiKey[];

/** The model island's UI strings (ModelIsland.svelte and its parts). */
export const MODEL_UI_KEYS = [
  ...SHARED_UI_KEYS, 'save', 'figure', 'app', 'app.wait', 'app.poll', 'app.work', 'app.copy', 'kernel.empty', 'kernel.ready',
  'kernel.copying', 'save.caption', 'save.poll', 'stats', 'stat.phase1Blocked', 'stat.phase2Blocked', 'stat.work',
  'stat.failedPolls', 'stat.wastedCpu', 'stat.syscalls', 'stat.detectLag', 'code', 'narr.idle', 'narr.idleHint', 'narr.start',
  'narr.tick', 'narr.state', 'narr.empty', 'narr.ready', 'narr.copying',
] as const satisfies readonly DemoUiKey[];

/** The comparison's UI strings (CompareIsland.svelte and its parts). */
export const COMPARE_UI_KEYS = [
  ...SHARED_UI_KEYS, 'compareFigure', 'appShort', 'narr.compareIdle', 'narr.compareHint', 'narr.compareStart', 'narr.compareTick',
  'narr.compareQuiet', 'narr.compareEvent', 'narr.compareAll', 'narr.compareSep', 'narr.compareWait', 'narr.comparePoll',
  'narr.compareWork', 'narr.compareCopy', 'narr.compareDone', 'narr.listSep', 'narr.listLast',
] as const satisfies readonly DemoUiKey[];

/** The UI strings both timeline islands read (their shared controls and parameters take these). */
export type SharedUi = Record<(typeof SHARED_UI_KEYS)[number], string>;
/** The UI strings the model island gets. */
export type ModelUi = Record<(typeof MODEL_UI_KEYS)[number], string>;
/** The UI strings the comparison gets. */
export type CompareUi = Record<(typeof COMPARE_UI_KEYS)[number], string>;

/** Just the given keys of `ui` (MODEL_UI_KEYS or COMPARE_UI_KEYS). */
export function islandUi<K extends DemoUiKey>(ui: Record<DemoUiKey, string>, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, ui[k]])) as Record<K, string>;
}

/** Every locale's demo strings. */
export const DEMO_STRINGS = Object.fromEntries(
  Object.entries(STRINGS).map(([locale, s]) => [locale, s.demo]),
) as Readonly<Record<Locale, DemoLocale>>;
