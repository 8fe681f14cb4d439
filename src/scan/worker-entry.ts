import { serveShards } from './worker.js';

serveShards();
