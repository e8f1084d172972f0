import type { PgBouncerVersion } from '../model/workload';
import { settingInfo } from './versions';

/**
 * Compares a generated `[pgbouncer]` section with what a running PgBouncer
 * reports in SHOW CONFIG, and decides for each difference how it can be applied:
 * `set` through the admin console now, `restart` only by restarting PgBouncer,
 * `unsupported` when the running version does not have the setting at all.
 */
export interface LiveSetting {
  readonly key: string;
  readonly value: string;
  readonly changeable: boolean;
}

export interface SettingChange {
  readonly key: string;
  readonly wanted: string;
  readonly live: string | null;
  readonly action: 'set' | 'restart' | 'unsupported';
}

export function diffSettings(wanted: Readonly<Record<string, string>>, live: readonly LiveSetting[]): SettingChange[] {
  const byKey = new Map(live.map((s) => [s.key, s]));
  const changes: SettingChange[] = [];
  for (const [key, value] of Object.entries(wanted)) {
    const current = byKey.get(key);
    if (!current) {
      changes.push({ key, wanted: value, live: null, action: 'unsupported' });
      continue;
    }
    if (sameValue(value, current.value)) continue;
    changes.push({ key, wanted: value, live: current.value, action: current.changeable ? 'set' : 'restart' });
  }
  return changes;
}

/** PgBouncer prints numbers without units and lists without spaces; compare accordingly. */
export function sameValue(a: string, b: string): boolean {
  const norm = (v: string) => v.trim().split(',').map((p) => p.trim()).join(',');
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return true;
  return x !== '' && y !== '' && !Number.isNaN(Number(x)) && Number(x) === Number(y);
}

/** Settings of `version` whose change needs a restart, from the version map (when no live server is at hand). */
export function restartOnly(keys: readonly string[]): string[] {
  return keys.filter((key) => settingInfo('pgbouncer', key)?.apply === 'restart');
}

/** `PgBouncer 1.18.0` → `1.18`, when it is a version the generator knows. */
export function parseVersion(text: string, known: readonly PgBouncerVersion[]): PgBouncerVersion | null {
  const match = /(\d+)\.(\d+)/.exec(text);
  const version = match ? `${match[1]}.${match[2]}` : '';
  return (known as readonly string[]).includes(version) ? (version as PgBouncerVersion) : null;
}
