/** Network items run at once by default: they wait on the network, not the CPU. */
export const NETWORK_CONCURRENCY = 64;
/** The most network items `--network-concurrency` and the action's `network-concurrency` accept. */
export const MAX_NETWORK_CONCURRENCY = 256;
/** As many connections per host as a browser opens (HTTP/1.1): a checklist's probes never flood one target. */
export const PER_HOST_CONCURRENCY = 6;
