#!/usr/bin/env node
// The `preflight` command. Do not add logic here: see main.ts.
import { main, processIo } from './main.js';

process.exitCode = await main(process.argv.slice(2), processIo());
