import { placeholderReason } from '../env/secret-value.js';
import type { ComposeService } from './compose-model.js';
import { parseImageRef } from './image-ref.js';
import { secretName } from './secret-names.js';

export interface ComposeRules {
  healthcheck: boolean;
  restart: boolean;
  'default-passwords': boolean;
  pinned: boolean;
}

export interface ComposeProblem {
  rule: keyof ComposeRules;
  service: string;
  line: number;
  col: number;
  message: string;
}

/**
 * Judges the services of one compose file. `imageHealthcheck(service)` says whether the Dockerfile a
 * service builds from has a HEALTHCHECK (undefined when that is not to be asked).
 */
export function judgeServices(
  services: ComposeService[],
  rules: ComposeRules,
  imageHealthcheck: (s: ComposeService) => boolean | undefined,
): ComposeProblem[] {
  const out: ComposeProblem[] = [];
  for (const s of services) {
    const add = (rule: keyof ComposeRules, where: { line: number; col: number }, message: string) =>
      out.push({ rule, service: s.name, ...where, message: `service ${s.name}: ${message}` });
    if (
      rules.healthcheck &&
      s.healthcheck !== 'set' &&
      !(s.healthcheck === 'absent' && imageHealthcheck(s))
    ) {
      add(
        'healthcheck',
        s.at,
        s.healthcheck === 'disabled'
          ? 'its healthcheck is disabled'
          : 'no healthcheck, so a hung container counts as up',
      );
    }
    if (rules.restart) {
      if (!s.restart) add('restart', s.at, 'no restart policy, so a crashed container stays down');
      else if (s.restart.value === 'no' || s.restart.value === 'false') {
        add('restart', s.restart.at, 'restart is "no", so a crashed container stays down');
      }
    }
    if (rules.pinned && s.image && !s.dockerfile) {
      const problem = imagePinProblem(s.image.value);
      if (problem) add('pinned', s.image.at, problem);
    }
    if (rules['default-passwords']) {
      for (const e of s.environment) {
        const reason = defaultPassword(e.key, e.value);
        if (reason)
          add('default-passwords', e.at, `${e.key} is a default or placeholder password (${reason})`);
      }
    }
  }
  return out;
}

/** Why a service's image is not pinned (no tag, or latest, without a digest), or undefined. */
export function imagePinProblem(image: string): string | undefined {
  // `${TAG}` and friends are set at deploy time: the file cannot say.
  if (/\$\{?[A-Za-z_]/.test(image)) return undefined;
  const ref = parseImageRef(image);
  if (ref.digest) return undefined;
  if (ref.tag === undefined) return `image ${ref.name} has no tag, so it means latest: pin a version`;
  if (ref.tag === 'latest') return `image ${ref.name}:latest moves: pin a version`;
  return undefined;
}

/**
 * Why a secret-named variable's literal value (or the default of a `${VAR:-default}` interpolation) is a
 * well-known default, or undefined. The reason never contains the value.
 */
export function defaultPassword(key: string, value: string | undefined): string | undefined {
  if (value === undefined || !secretName(key)) return undefined;
  const v = value.trim();
  const interpolated = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}$/.exec(v);
  const literal = interpolated ? interpolated[1] : v;
  if (literal === undefined || literal === '' || /\$\{|\$[A-Za-z_]/.test(literal)) return undefined;
  const reason = placeholderReason(key, literal);
  return reason && interpolated ? `the fallback of the interpolation: ${reason}` : reason;
}
