/**
 * Excerpts of the C programs in content/code: the pages show marked regions of the files the tests
 * compile and run, never a second copy. A region is the lines between `// region: NAME` and the next
 * `// endregion` at any depth of nesting; marker lines inside it (of other regions) are left out, and
 * the common indentation is removed. Pure: text in, text out; a missing or unclosed region throws, so
 * a renamed region fails the build instead of showing stale code.
 */

const START = /^\s*\/\/ region: ([\w-]+)\s*$/;
const END = /^\s*\/\/ endregion\s*$/;

/** The names of the regions in `source`, in order of appearance. */
function regionNames(source: string): string[] {
  return source.split('\n').flatMap((line) => START.exec(line)?.[1] ?? []);
}

/** Removes the indentation that every non-blank line of `lines` shares. */
function dedent(lines: string[]): string[] {
  const widths = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(cut));
}

/** The region `name` of `source`, without marker lines, dedented; throws if it is missing, empty or unclosed. */
export function excerpt(source: string, name: string, file = 'source'): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const begin = lines.findIndex((l) => START.exec(l)?.[1] === name);
  if (begin < 0) throw new Error(`${file} has no region "${name}" (it has: ${regionNames(source).join(', ') || 'none'})`);
  const body: string[] = [];
  let depth = 1;
  for (const line of lines.slice(begin + 1)) {
    if (START.test(line)) {
      depth++;
      continue;
    }
    if (END.test(line)) {
      if (--depth === 0) break;
      continue;
    }
    body.push(line);
  }
  if (depth !== 0) throw new Error(`${file}: region "${name}" has no // endregion`);
  while (body.length && !body[0]!.trim()) body.shift();
  while (body.length && !body.at(-1)!.trim()) body.pop();
  if (!body.length) throw new Error(`${file}: region "${name}" is empty`);
  return dedent(body).join('\n');
}
