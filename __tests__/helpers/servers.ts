/**
 * Real servers on loopback and throwaway certificates for the network kinds' tests. No HTTP mocking.
 *
 *   const server = await startHttpServer((req, res) => res.end('ok'));
 *   afterAll(() => server.close());
 *
 *   const { ca, leaf } = await localhostCertificate(); // or makeLeaf(await makeCa(), { hosts: [...] })
 *   const tlsServer = await startHttpsServer(handler, leaf);
 *
 * Certificates are made with the `openssl` command line tool (OpenSSL 1.1.1 or later) in a temporary
 * directory that `cleanupCertificates()` removes: each test chooses the dates it needs (expired, expiring
 * in 10 days), so no test fakes the clock.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { SecureVersion } from 'node:tls';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface RunningServer {
  /** Base URL without a trailing slash, for example `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  /** Stops listening and destroys open connections (also ones a slow handler still holds). */
  close(): Promise<void>;
}

export interface HttpServerOptions {
  host?: '127.0.0.1' | '::1';
}

export interface HttpsServerOptions extends HttpServerOptions {
  cert: string;
  key: string;
  minVersion?: SecureVersion;
  maxVersion?: SecureVersion;
  /** OpenSSL cipher list, for example `DEFAULT@SECLEVEL=0` to allow old protocols. */
  ciphers?: string;
}

export function startHttpServer(handler: Handler, options: HttpServerOptions = {}): Promise<RunningServer> {
  return listen(http.createServer(handler), 'http', options.host ?? '127.0.0.1');
}

export function startHttpsServer(handler: Handler, options: HttpsServerOptions): Promise<RunningServer> {
  const server = https.createServer(
    {
      cert: options.cert,
      key: options.key,
      minVersion: options.minVersion,
      maxVersion: options.maxVersion,
      ...(options.ciphers ? { ciphers: options.ciphers } : {}),
    },
    handler,
  );
  // A client that refuses the handshake is a test case here, not a problem.
  server.on('tlsClientError', () => undefined);
  return listen(server, 'https', options.host ?? '127.0.0.1');
}

/** Whether this machine can listen on ::1 (containers often have no IPv6 loopback). */
export async function ipv6Available(): Promise<boolean> {
  const server = http.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = await startHttpServer(() => undefined);
  await server.close();
  return server.port;
}

function listen(server: http.Server, scheme: string, host: string): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `${scheme}://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// ---- certificates ----

export interface Pem {
  cert: string;
  key: string;
  /** Where the certificate is written, for kinds that read a file. */
  certFile: string;
}

export interface Ca extends Pem {
  dir: string;
  name: string;
}

export interface LeafOptions {
  /** DNS names and IP addresses the certificate covers; the first is also its common name. */
  hosts: string[];
  notBefore?: Date;
  notAfter?: Date;
}

const DAY = 24 * 60 * 60 * 1000;
const dirs = new Set<string>();
let counter = 0;

function openssl(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('openssl', args, { cwd, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`openssl ${args[0]} failed: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
  });
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-certs-'));
  dirs.add(dir);
  return dir;
}

/** The `openssl ca` date format, YYYYMMDDHHMMSSZ. */
function asn1Time(d: Date): string {
  return `${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

function subjectAltName(hosts: string[]): string {
  return hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
}

const CA_CONFIG = (dir: string) => `[ca]
default_ca = local
[local]
dir = ${dir}
database = ${dir}/index.txt
new_certs_dir = ${dir}
serial = ${dir}/serial
default_md = sha256
policy = anything
unique_subject = no
email_in_dn = no
[anything]
commonName = supplied
`;

/** A certificate authority (its own root), valid from yesterday for ten years. */
export async function makeCa(name = 'Preflight Test CA'): Promise<Ca> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'index.txt'), '');
  await writeFile(path.join(dir, 'serial'), '1000\n');
  await writeFile(path.join(dir, 'ca.cnf'), CA_CONFIG(dir));
  await writeFile(
    path.join(dir, 'ca-ext.cnf'),
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n',
  );
  await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'], dir);
  await openssl(['req', '-new', '-key', 'ca.key', '-subj', `/CN=${name}`, '-out', 'ca.csr'], dir);
  const now = Date.now();
  await signWith(
    dir,
    'ca.csr',
    'ca.pem',
    'ca-ext.cnf',
    new Date(now - DAY),
    new Date(now + 3650 * DAY),
    true,
  );
  return {
    dir,
    name,
    cert: await readFile(path.join(dir, 'ca.pem'), 'utf8'),
    key: await readFile(path.join(dir, 'ca.key'), 'utf8'),
    certFile: path.join(dir, 'ca.pem'),
  };
}

/** A server certificate for `hosts` signed by `ca`; default dates: from yesterday for a year. */
export async function makeLeaf(ca: Ca, options: LeafOptions): Promise<Pem> {
  const base = `leaf-${(counter += 1)}`;
  await newKeyAndRequest(ca.dir, base, options.hosts);
  const now = Date.now();
  await signWith(
    ca.dir,
    `${base}.csr`,
    `${base}.pem`,
    `${base}.ext`,
    options.notBefore ?? new Date(now - DAY),
    options.notAfter ?? new Date(now + 365 * DAY),
    false,
  );
  return read(ca.dir, base);
}

/** A fresh authority and a certificate it signs for localhost and 127.0.0.1, as most HTTPS tests need. */
export async function localhostCertificate(): Promise<{ ca: Ca; leaf: Pem }> {
  const ca = await makeCa();
  return { ca, leaf: await makeLeaf(ca, { hosts: ['localhost', '127.0.0.1'] }) };
}

/** A certificate that signs itself (no authority vouches for it). */
export async function selfSigned(options: LeafOptions): Promise<Pem> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'index.txt'), '');
  await writeFile(path.join(dir, 'serial'), '2000\n');
  await writeFile(path.join(dir, 'ca.cnf'), CA_CONFIG(dir));
  await newKeyAndRequest(dir, 'self', options.hosts);
  const now = Date.now();
  await signWith(
    dir,
    'self.csr',
    'self.pem',
    'self.ext',
    options.notBefore ?? new Date(now - DAY),
    options.notAfter ?? new Date(now + 365 * DAY),
    true,
    'self.key',
  );
  return read(dir, 'self');
}

async function newKeyAndRequest(dir: string, base: string, hosts: string[]): Promise<void> {
  if (hosts.length === 0) throw new Error('a certificate needs at least one host');
  await writeFile(
    path.join(dir, `${base}.ext`),
    `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n` +
      `extendedKeyUsage=serverAuth\nsubjectAltName=${subjectAltName(hosts)}\n`,
  );
  await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${base}.key`], dir);
  await openssl(
    ['req', '-new', '-key', `${base}.key`, '-subj', `/CN=${hosts[0]}`, '-out', `${base}.csr`],
    dir,
  );
}

/** `openssl ca` signs with any validity period; `selfsign` uses the request's own key. */
async function signWith(
  dir: string,
  csr: string,
  out: string,
  ext: string,
  notBefore: Date,
  notAfter: Date,
  selfsign: boolean,
  key = 'ca.key',
): Promise<void> {
  const args = ['ca', '-batch', '-config', 'ca.cnf', '-in', csr, '-out', out, '-notext', '-extfile', ext];
  args.push('-startdate', asn1Time(notBefore), '-enddate', asn1Time(notAfter), '-keyfile', key);
  if (selfsign) args.push('-selfsign');
  else args.push('-cert', 'ca.pem');
  await openssl(args, dir);
}

async function read(dir: string, base: string): Promise<Pem> {
  return {
    cert: await readFile(path.join(dir, `${base}.pem`), 'utf8'),
    key: await readFile(path.join(dir, `${base}.key`), 'utf8'),
    certFile: path.join(dir, `${base}.pem`),
  };
}

/** A date `days` from now (negative: in the past). */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY);
}

/** Removes every directory the certificate helpers made: `afterAll(cleanupCertificates)`. */
export async function cleanupCertificates(): Promise<void> {
  const list = [...dirs];
  dirs.clear();
  await Promise.all(list.map((d) => rm(d, { recursive: true, force: true })));
}
