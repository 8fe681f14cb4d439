// Reference tools the benchmark compares with (ripgrep, hey): found on PATH, or installed with the
// system's package manager when the bench runs as root on a Debian-like system (as CI images are). A tool
// that is neither there nor installable makes its rows skip, with a message that says so.

import { spawnSync } from 'node:child_process';

const found = new Map();

function onPath(command) {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** Whether `command` can be run; tries `apt-get install -y <aptPackage>` once when it cannot. */
export function ensureTool(command, aptPackage, log) {
  if (found.has(command)) return found.get(command);
  let ok = onPath(command);
  if (ok) log(`${command}: found on PATH`);
  else if (process.getuid?.() === 0 && onPath('apt-get')) {
    log(`${command}: not on PATH; installing the ${aptPackage} package (apt-get install -y ${aptPackage})`);
    const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', aptPackage], {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    ok = r.status === 0 && onPath(command);
    if (!ok) log(`${command}: could not be installed (apt-get exited ${r.status}): its rows are skipped`);
  } else {
    log(`${command}: not on PATH and not installable here (needs root and apt-get): its rows are skipped`);
  }
  found.set(command, ok);
  return ok;
}
