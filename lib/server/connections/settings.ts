import { readStorageConfig } from '../db/config';
import { createSecretBox, type SecretBox } from '../crypto/secret-box';
import { loadSecretKey, type SecretKeyError } from '../crypto/secret-key';
import { err, ok, type Result } from '../../result';
import { parseHostPolicy, type HostPolicy } from './allowlist';

/** The environment's say on live connections, read per call so tests and restarts see changes. */
export interface LiveSettings {
  readonly sharedServer: boolean;
  readonly dataDir: string;
  readonly policy: HostPolicy;
}

export function readLiveSettings(env: Readonly<Record<string, string | undefined>> = process.env): LiveSettings {
  const storage = readStorageConfig(env);
  const sharedServer = storage.databaseUrl !== null;
  const policy = parseHostPolicy(env.TABLECRAFT_ALLOWED_DB_HOSTS, sharedServer);
  // A broken allowlist is an operator mistake that must not silently allow everything.
  if (!policy.ok) throw new Error(policy.error);
  return { sharedServer, dataDir: storage.dataDir, policy: policy.value };
}

const boxes = new Map<string, SecretBox>();

/** The secret box for saved passwords, or why there is none (a shared server without TABLECRAFT_SECRET_KEY). */
export function secretBox(settings: LiveSettings, env: Readonly<Record<string, string | undefined>> = process.env): Result<SecretBox, SecretKeyError> {
  const configured = env.TABLECRAFT_SECRET_KEY?.trim() || null;
  const cacheKey = `${configured ?? ''}\0${settings.sharedServer}\0${settings.dataDir}`;
  const cached = boxes.get(cacheKey);
  if (cached) return ok(cached);
  const key = loadSecretKey({ configured, sharedServer: settings.sharedServer, dataDir: settings.dataDir });
  if (!key.ok) return err(key.error);
  const box = createSecretBox(key.value);
  boxes.set(cacheKey, box);
  return ok(box);
}
