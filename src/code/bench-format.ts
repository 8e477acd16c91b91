/**
 * The format of many-sockets' output (content/traces/many-sockets.txt): `# key: value` comments, `# skip …`
 * lines, and one row per N of median µs per wait. Pure: the tests parse a fresh run with it, the pages the
 * stored one.
 */

/** One row of many-sockets: N and the median µs per wait of each interface (null: select cannot go there). */
export interface BenchRow {
  n: number;
  select: number | null;
  poll: number;
  epoll: number;
}

/** The rows of many-sockets' output, its `# key: value` comments, and its `# skip …` lines. */
export function parseBench(stdout: string): { rows: BenchRow[]; meta: Record<string, string>; skips: string[] } {
  const rows: BenchRow[] = [];
  const meta: Record<string, string> = {};
  const skips: string[] = [];
  for (const line of stdout.split('\n')) {
    const row = /^(\d+) (-|\d+\.\d+) (\d+\.\d+) (\d+\.\d+)$/.exec(line);
    if (row) {
      rows.push({ n: Number(row[1]), select: row[2] === '-' ? null : Number(row[2]), poll: Number(row[3]), epoll: Number(row[4]) });
      continue;
    }
    if (line.startsWith('# skip ')) skips.push(line.slice(2));
    const kv = /^# ([\w-]+): (.*)$/.exec(line);
    if (kv) meta[kv[1]!] = kv[2]!;
  }
  return { rows, meta, skips };
}
