/** The parts of an image reference `[registry/]name[:tag][@digest]` that pinning cares about. */
export interface ImageRef {
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  // A colon before the last '/' belongs to a registry port (localhost:5000/app), not to a tag.
  if (colon > rest.lastIndexOf('/')) {
    return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
  }
  return { name: rest, ...(digest ? { digest } : {}) };
}

/**
 * Replaces `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` with values from `args`. Returns
 * undefined when a variable has no value and no default, so the reference cannot be known.
 */
export function substituteArgs(
  text: string,
  args: ReadonlyMap<string, string | undefined>,
): string | undefined {
  let unknown = false;
  const out = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (
      _,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      const name = (braced ?? bare) as string;
      const value = args.get(name);
      const set = value !== undefined && value !== '';
      if (op === '-') return set ? value : (word ?? '');
      if (op === '+') return set ? (word ?? '') : '';
      if (value === undefined) unknown = true;
      return value ?? '';
    },
  );
  return unknown ? undefined : out;
}
