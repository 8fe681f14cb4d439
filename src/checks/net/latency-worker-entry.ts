import { serveLatency } from './latency-worker.js';

void serveLatency();
