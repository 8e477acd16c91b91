/**
 * Runs a command with the network cut off, to prove the build needs nothing from outside: in a new
 * network namespace with no interface up (`unshare -n`, or `unshare -rn` without root). Where neither
 * works (not Linux, or no namespaces allowed) it says so and runs the command as it is.
 * Usage: node scripts/offline.mjs npm run build
 */
import { spawnSync } from 'node:child_process';

const cmd = process.argv.slice(2);
if (cmd.length === 0) {
  console.error('usage: node scripts/offline.mjs COMMAND [ARGS…]');
  process.exit(2);
}
const works = (args) => spawnSync('unshare', [...args, 'true'], { stdio: 'ignore' }).status === 0;
const how = process.platform !== 'linux' ? null : works(['-n']) ? ['-n'] : works(['-rn']) ? ['-rn'] : null;
if (how) {
  console.log(`offline: running "${cmd.join(' ')}" with no network (unshare ${how.join(' ')})`);
} else {
  console.log(`offline: network namespaces are not available here, so "${cmd.join(' ')}" runs with the network as it is`);
}
const run = how ? spawnSync('unshare', [...how, '--', ...cmd], { stdio: 'inherit' }) : spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit' });
process.exit(run.status ?? 1);
