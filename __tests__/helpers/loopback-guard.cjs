/**
 * Preloaded (`node --require`) into processes that tests start with names only a test proxy should reach.
 * Host-name lookups answer for the names in PREFLIGHT_TEST_HOSTS (`name=127.0.0.1,other=::1`), pass
 * IP addresses and `localhost` to the system, and refuse every other name with ENOTFOUND, so a request
 * that wrongly goes around the proxy fails at once and no lookup leaves the machine. Each refusal is
 * written to stderr for the test to see.
 */
'use strict';
const dns = require('node:dns');
const net = require('node:net');

const hosts = new Map(
  (process.env.PREFLIGHT_TEST_HOSTS || '')
    .split(',')
    .map((pair) => pair.trim().split('='))
    .filter((pair) => pair.length === 2 && net.isIP(pair[1]) && /^(127\.|::1$)/.test(pair[1]))
    .map(([name, address]) => [name.toLowerCase(), address]),
);
const systemLookup = dns.lookup;

dns.lookup = function guardedLookup(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' || options == null ? {} : options;
  const name = String(hostname).toLowerCase();
  if (net.isIP(name) || name === 'localhost') return systemLookup.call(dns, hostname, options, callback);
  const address = hosts.get(name);
  if (address) {
    const family = net.isIP(address);
    process.nextTick(() => (opts.all ? cb(null, [{ address, family }]) : cb(null, address, family)));
    return {};
  }
  process.stderr.write(`loopback guard: refused a lookup of ${name}\n`);
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    errno: -3008,
    syscall: 'getaddrinfo',
    hostname,
  });
  process.nextTick(() => cb(error));
  return {};
};
