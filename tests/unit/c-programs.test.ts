/**
 * Facts about the C programs of content/code that hold without a browser: every program compiles as ISO C11
 * with every warning an error (src/code/programs.ts, CFLAGS); each run times its own copy where it reads a
 * socket known to be readable (copy_us, phase 2 without a tracer), and only there; and the signal handler
 * of signal-driven.c touches only what C11 and POSIX define for a handler. The runs are checked for the
 * shape of copy_us (present, positive, or "none"), never for a time. Without Linux or a compiler the
 * program tests skip, saying why.
 * @see C11 7.14.1.1p5; POSIX.1-2024 XSH 2.4.3, Signal Actions
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARIES, CFLAGS, CODE_DIR, compile, PROGRAMS, run, toolchain, type Run } from '~/code/programs';

const tools = toolchain();

describe('the C programs', () => {
  let binDir = '';
  const errors: Record<string, string | null> = {};

  beforeAll(() => {
    if (tools.skip) return;
    binDir = mkdtempSync(join(tmpdir(), 'io-models-c-unit-'));
    for (const bin of BINARIES) {
      if (bin === 'io-uring' && !tools.liburing) continue;
      errors[bin] = compile(bin, binDir);
    }
  });

  afterAll(() => {
    if (binDir) rmSync(binDir, { recursive: true, force: true });
  });

  it('are compiled as ISO C11', () => {
    expect(CFLAGS).toContain('-std=c11');
  });

  it.skipIf(!!tools.skip)(`every program compiles with ${CFLAGS.join(' ')}`, () => {
    expect(Object.entries(errors).filter(([, e]) => e !== null)).toEqual([]);
  });

  for (const p of PROGRAMS) {
    const why = tools.skip ?? (p.bin === 'io-uring' && !tools.liburing ? 'liburing is not installed (Debian: liburing-dev)' : null);
    it.skipIf(!!why)(`${p.name}: copy_us ${p.timesCopy ? 'is the time of its own copying recvfrom' : 'is none: no call of its thread holds the copy alone'}`, async ({ skip }) => {
      expect(errors[p.bin]).toBeNull();
      let r: Run | undefined;
      // A run whose datagram came before the operation started measured nothing (data_after_start=false): again.
      for (let attempt = 0; attempt < 3 && !r?.result?.dataAfterStart; attempt++) r = await run(p, binDir, { timeoutMs: 8000 });
      if (r?.skip) skip(`the kernel refused the interface: ${r.skip}`);
      expect(r!.result, `no RESULT line:\n${r!.stdout}${r!.stderr}`).not.toBeNull();
      const { copyUs, line } = r!.result!;
      if (p.timesCopy) {
        expect(copyUs, line).not.toBeNull();
        expect(copyUs!, line).toBeGreaterThan(0);
      } else {
        expect(copyUs, line).toBeNull();
      }
    });
  }
});

describe("signal-driven.c's handler", () => {
  const source = readFileSync(join(CODE_DIR, 'signal-driven.c'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  // File-scope objects: `static TYPE name` at the start of a line, with or without an initializer.
  const statics = [...source.matchAll(/^static\s+([^;=\n]*?)\b(\w+)(?:\s*\[[^\]]*\])?\s*(?:=[^;\n]*)?;/gm)].map((m) => ({ type: m[1]!, name: m[2]! }));
  const body = /static void on_sigio\(int signo\)\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';

  it('is found, and so are the objects it could touch', () => {
    expect(body).toMatch(/recvfrom/);
    expect(statics.map((s) => s.name)).toContain('buf');
  });

  it('refers to no object of static storage but lock-free atomics and volatile sig_atomic_t (C11 7.14.1.1p5)', () => {
    const used = statics.filter((s) => new RegExp(`\\b${s.name}\\b`).test(body));
    expect(used.length).toBeGreaterThan(0);
    const undefinedThere = used.filter((s) => !/^(volatile sig_atomic_t|_Atomic\b|atomic_\w+)/.test(s.type.trim()));
    expect(undefinedThere.map((s) => `${s.type.trim()} ${s.name}`)).toEqual([]);
    // The atomics it uses are asserted lock-free in the program itself.
    expect(source).toMatch(/_Static_assert\([^)]*LOCK_FREE == 2/);
  });
});
