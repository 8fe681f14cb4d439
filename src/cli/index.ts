#!/usr/bin/env node
// The `preflight` command. Do not add logic here: see main.ts.
import { exitWith, main, processIo } from './main.js';

exitWith(await main(process.argv.slice(2), processIo()));
