/**
 * The local development signing key: an ES256 key pair created on first start in DATA_DIR. The
 * gateway trusts it only when no external OIDC issuer is configured.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export const DEV_KEY_FILE = 'dev-signing-key.json';
export const DEV_ISSUER = 'edu-catalogus-dev';
export const DEV_ALGORITHM = 'ES256';

export interface DevKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Reads the key pair, creating it exclusively (`wx`) so concurrent starts agree on one key. */
export async function loadOrCreateDevKeys(dataDir: string): Promise<DevKeys> {
  const file = path.join(dataDir, DEV_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  const { privateKey, publicKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
  const fresh: DevKeys = {
    privateJwk: { ...(await exportJWK(privateKey)), alg: DEV_ALGORITHM, kid: 'dev' },
    publicJwk: { ...(await exportJWK(publicKey)), alg: DEV_ALGORITHM, kid: 'dev', use: 'sig' },
  };
  try {
    writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as DevKeys;
}

export async function devPrivateKey(keys: DevKeys) {
  return importJWK(keys.privateJwk, DEV_ALGORITHM);
}
