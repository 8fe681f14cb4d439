// The action's entry. Do not add logic here: see action/main.ts.
import * as core from '@actions/core';
import { run } from './action/main.js';

await run({ core, env: process.env });
