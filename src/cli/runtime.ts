/** The oldest Node.js the CLI runs on (package.json `engines`): Node 20 reached its end of life on 2026-04-30. */
export const MIN_NODE_MAJOR = 22;

/** Why this Node.js cannot run Preflight, or undefined when it can. */
export function runtimeProblem(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (!Number.isFinite(major) || major >= MIN_NODE_MAJOR) return undefined;
  return `Preflight needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${version.replace(/^v/, '')}`;
}
