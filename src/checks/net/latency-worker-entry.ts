import { serveLatency } from './latency-worker.js';

serveLatency();
