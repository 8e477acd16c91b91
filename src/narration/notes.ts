/** The parameter notes as sentences in the page's language: a value that had to change, a key not read, the address as a whole. Pure. */
import type { SharedUi } from '~/i18n/demo';
import { fill } from '~/i18n/fill';
import { HASH_KEYS, type ParamNote, type ValueNote } from '~/playback/params';

/** One note as a sentence, with the field's name in the page's language. */
function noteText(template: string, fieldName: string, n: ValueNote): string {
  return fill(template, { field: fieldName, used: n.used, min: n.min, max: n.max });
}

/** A note as a sentence in the page's language. */
export function noteSentence(ui: SharedUi, n: ParamNote): string {
  // About the whole address ('long' fills in its {max}).
  if (!('field' in n)) return fill(ui[`note.${n.kind}`], n);
  const field = n.field === 'step' || n.field === 't' ? ui[`note.${n.field}`] : ui[`param.${n.field}`];
  if (n.kind === 'value') return noteText(ui.note, field, n);
  return fill(ui[`note.${n.kind}`], { field, key: HASH_KEYS[n.field] });
}
