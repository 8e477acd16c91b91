/**
 * Strings of the "What Linux did" panels (components/LinuxTrace.astro) and of the excerpt captions
 * (components/CodeExcerpt.astro); the words live in src/i18n/<locale>/strings.ts. `{x}` marks a value filled in:
 * in the notes {wait} is the wait the table itself shows (shownWait), {delay} the sender's delay and {copy}
 * the copy as timed without strace (src/code/measured.ts).
 * The notes say what the stored traces in content/traces show; tests/unit/linux.test.ts checks that
 * the traces still contain the calls named here.
 * @see content/traces/*.txt (what strace recorded on Linux 6.18, glibc 2.36)
 */
import type { Locale } from './locales';
import { STRINGS, type Strings } from './strings';

/** The reduced traces in content/traces, by file name (without .txt). */
export type TraceName =
  | 'blocking' | 'nonblocking' | 'select' | 'poll' | 'epoll-lt' | 'epoll-et' | 'signal-driven' | 'aio' | 'io-uring'
  | 'native-aio';

/** Everything the Linux panels say in one locale. */
export type LinuxText = Strings['linux'];

/** Every locale's strings of the Linux panels. */
export const LINUX_STRINGS = Object.fromEntries(
  Object.entries(STRINGS).map(([locale, s]) => [locale, s.linux]),
) as Readonly<Record<Locale, LinuxText>>;
