/**
 * The Chinese text keeps Chinese typography: no ASCII full stop, comma, semicolon, colon, question or
 * exclamation mark right after a Chinese character (the full-width ones belong there), no straight quotes
 * (“” throughout), a space between a Chinese character and a Latin letter or a digit, and one term for
 * each phase (第一阶段, 第二阶段). Scanned: every string of src/i18n/zh/strings.ts, each placeholder standing
 * for what it is filled with (a word in Chinese, or a number or code), and the prose of content/zh/**.mdx
 * (code, tags' attributes, link targets and imports left out).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '~/i18n/strings';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const RULES: { name: string; re: RegExp }[] = [
  { name: 'ASCII punctuation after a Chinese character', re: new RegExp(`[${HAN}][.,;:!?]`, 'g') },
  { name: 'a straight quote', re: /["']/g },
  { name: 'no space between Chinese and Latin or a digit', re: new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9][${HAN}]`, 'g') },
  { name: 'a phase named other than 第一阶段 / 第二阶段', re: /(?<!第)[一二]阶段|阶段 ?[12]/g },
];

// Placeholders filled with Chinese words (a model's name, a sentence, an answer); any other is a number or code.
const WORDS = new Set(['name', 'model', 'text', 'app', 'kernel', 'page', 'trace', 'late', 'poll', 'conn', 'answer', 'chosen', 'proof', 'mode', 'rows', 'field', 'call']);

/** Every string leaf of `v`, with its path. */
function leaves(v: unknown, path: string): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, `${path}.${k}`));
  return [];
}

/** The prose of an MDX page: frontmatter values, text, the words of links and code, without markup. */
function prose(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/^\w+: ?/gm, '').replace(/^---$/gm, ''))
    .replace(/^import .*$/gm, '')
    .replace(/^```[\s\S]*?^```$/gm, '')
    .replace(/`([^`]*)`/g, (_, code: string) => (/[\u3400-\u9fff]/.test(code) ? code : code.replace(/["']/g, '') || 'x'))
    .replace(/<\/?(?:table|caption|thead|tbody|tr|th|td|PhaseCell)\b[^>]*>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/\{[^}]*\}/g, '0')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+|_(?=\S)|(?<=\S)_/g, '');
}

/** Every .mdx file under `dir`. */
function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? mdxFiles(p) : p.endsWith('.mdx') ? [p] : [];
  });
}

/** Each rule's offending snippets in `text`, with a few characters around each. */
function offences(text: string): string[] {
  return RULES.flatMap(({ name, re }) => [...text.matchAll(re)].map((m) => `${name}: …${text.slice(Math.max(0, m.index! - 8), m.index! + 10)}…`));
}

describe('Chinese typography', () => {
  it('the scanner catches what it should, and passes what is right', () => {
    expect(offences('0 拍. 阶段 1 阻塞')).toHaveLength(2);
    expect(offences('你猜的是0 拍')).toHaveLength(1);
    expect(offences('这里的"阻塞"含义不同')).toHaveLength(2);
    expect(offences('非阻塞 I/O做的')).toHaveLength(1);
    expect(offences('一阶段：等待')).toHaveLength(1);
    expect(offences('第一阶段：阻塞在 recvfrom 中，约 200 ms。')).toEqual([]);
    expect(prose('见下文 [Linux 实际做了什么](#what-linux-did)，`EAGAIN` 失败')).toBe('见下文 Linux 实际做了什么，EAGAIN 失败');
  });

  it('in the strings', () => {
    const bad = leaves(STRINGS.zh, 'zh').flatMap(([path, s]) =>
      offences(s.replace(/\{(\w+)\}/g, (_, k: string) => (WORDS.has(k) ? '字' : '0'))).map((o) => `${path}: ${o}`));
    expect(bad).toEqual([]);
  });

  for (const file of mdxFiles('content/zh')) {
    it(`in ${file}`, () => {
      expect(offences(prose(readFileSync(file, 'utf8')))).toEqual([]);
    });
  }
});
