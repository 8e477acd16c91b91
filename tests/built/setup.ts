/**
 * Global setup of the `built` project (vitest.config.ts): the tier reads the built site, so before any test
 * runs it checks that both builds are there, and otherwise stops the run with one message saying which
 * command writes what is missing (instead of every test failing on a missing file).
 */
import { missingBuilds } from './dist';

/** Throws one error naming the missing builds and the commands that write them. */
export default function setup(): void {
  const missing = missingBuilds();
  if (missing.length === 0) return;
  const list = missing.map((b) => `  ${b.dir}/ is missing or incomplete: run \`${b.command}\` first`).join('\n');
  throw new Error(`The built-output tests read the built site.\n${list}`);
}
