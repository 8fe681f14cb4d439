import { environmentProxy, type ProxyResolver } from '../checks/net/proxy.js';
import type { ActionInputs } from './inputs.js';

/** The runner's proxy variables for target probes, unless `proxy-targets: false` sends them directly. */
export function targetProxy(inputs: Pick<ActionInputs, 'proxyTargets'>): ProxyResolver | undefined {
  return inputs.proxyTargets ? environmentProxy() : undefined;
}
