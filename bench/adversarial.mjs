// The adversarial suite's counts: runs __tests__/adversarial (bad definitions, hostile loopback targets,
// hostile repository entries, canaries in every output format) and reports what it covered and whether
// every case held, with the run's wall time and the process's peak memory growth.

import { timeProcess } from './measure.mjs';

export async function adversarialBenchmark({ projectDir, log }) {
  log('adversarial: running __tests__/adversarial');
  const jest = `${projectDir}/node_modules/jest/bin/jest.js`;
  const r = await timeProcess(process.execPath, [jest, '__tests__/adversarial', '--silent=false'], {
    cwd: projectDir,
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' },
    capture: true,
  });
  const text = `${r.stdout}\n${r.stderr}`;
  const m =
    /adversarial counts: (\d+) bad definitions, (\d+) hostile probes \((\d+) hostile servers' behaviours\), (\d+) hostile repository entries, (\d+) output formats, peak growth (\d+) MiB/.exec(
      text,
    );
  if (!m) throw new Error(`the adversarial suite printed no counts (exit ${r.code}):\n${text.slice(-2000)}`);
  const [, definitions, probes, behaviours, entries, formats, peakMiB] = m.map(Number);
  // The bundled subset: the action and the CLI run as the Actions runner runs them.
  const b =
    /adversarial bundled counts: (\d+) items \((\d+) hostile target probes\), (\d+) hostile repository entries, (\d+) canary forms, action outputs (\d+) .*?, CLI formats (\d+), peak RSS action (\d+) MiB, CLI (\d+) MiB/.exec(
      text,
    );
  if (!b)
    throw new Error(
      `the bundled adversarial subset printed no counts (exit ${r.code}):\n${text.slice(-2000)}`,
    );
  const [, items, bundledProbes, bundledEntries, canaryForms, actionOutputs, cliFormats, actionRss, cliRss] =
    b.map(Number);
  const bundled = {
    items,
    probes: bundledProbes,
    entries: bundledEntries,
    canaryForms,
    actionOutputs,
    cliFormats,
    actionRss,
    cliRss,
  };
  return {
    passed: r.code === 0,
    definitions,
    probes,
    behaviours,
    entries,
    formats,
    peakMiB,
    bundled,
    ms: r.ms,
  };
}
