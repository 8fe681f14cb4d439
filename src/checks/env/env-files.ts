import { parse } from 'dotenv';

/** One key of an env file and where it is set (the last assignment wins, as dotenv decides). */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
  col: number;
}

/** Parses an env file with dotenv and finds the line of each key's last assignment. */
export function parseEnvFile(text: string): EnvEntry[] {
  const values = parse(text);
  const lines = text.split(/\r?\n/);
  const at = new Map<string, { line: number; col: number }>();
  lines.forEach((line, i) => {
    const m = /^(\s*(?:export\s+)?)([\w.-]+)\s*[=:]/.exec(line);
    if (m && Object.hasOwn(values, m[2] as string)) {
      at.set(m[2] as string, { line: i + 1, col: (m[1] as string).length + 1 });
    }
  });
  return Object.entries(values).map(([key, value]) => ({
    key,
    value,
    ...(at.get(key) ?? { line: 1, col: 1 }),
  }));
}
