import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/** The `--jump-factor` option: a number above 1, or undefined for core's default. */
export function jumpFactor(value: unknown, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 1) {
    throw new UserError(t(lang, `--jump-factor 应是大于 1 的数，例如 --jump-factor 5（收到“${String(value)}”）。`, `--jump-factor takes a number above 1, e.g. --jump-factor 5 (got "${String(value)}").`), 2);
  }
  return n;
}
