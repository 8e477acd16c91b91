/**
 * The C programs and the reduced traces as text, read at build time by Vite (import.meta.glob), keyed by
 * file name. Only the site's components import this module; Node scripts read the files themselves.
 */
import { parseTrace, type StoredTrace } from './trace-format';

const CODE = import.meta.glob<string>('../../content/code/*.{c,h}', { query: '?raw', import: 'default', eager: true });
const TRACES = import.meta.glob<string>('../../content/traces/*.txt', { query: '?raw', import: 'default', eager: true });

/** The last path segment of a glob key. */
function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The text of content/code/FILE; throws, naming the files there, if there is no such file. */
export function codeFile(file: string): string {
  const hit = Object.entries(CODE).find(([path]) => base(path) === file);
  if (!hit) throw new Error(`content/code has no ${file} (it has: ${Object.keys(CODE).map(base).join(', ')})`);
  return hit[1];
}

/** The parsed content/traces/NAME.txt; throws if it was never recorded (`npm run traces`). */
export function storedTrace(name: string): StoredTrace {
  const hit = Object.entries(TRACES).find(([path]) => base(path) === `${name}.txt`);
  if (!hit) throw new Error(`content/traces has no ${name}.txt: run npm run traces`);
  return parseTrace(hit[1]);
}
