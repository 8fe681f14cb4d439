/**
 * Preloaded (`node --require`) into a process a test starts: when it exits, it appends its peak resident
 * memory (process.resourceUsage().maxRSS, in KiB) to the file named by PREFLIGHT_TEST_RSS_FILE, so a test
 * can hold the bundled CLI and action to a memory cap without sampling from outside.
 */
'use strict';
const fs = require('node:fs');

const file = process.env.PREFLIGHT_TEST_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      fs.appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // The test reports a missing figure.
    }
  });
}
