import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * When the files that make the Open311 services (topics, city) last changed: the discovery document's
 * `changeset`, which tells clients to refresh a cached service list.
 */
export async function dataPackChangedAt(seedsDir: string, seed: string): Promise<string> {
  const times = await Promise.all(['topics.json', 'city.json'].map(async (file) => (await stat(path.join(seedsDir, seed, file))).mtimeMs));
  return new Date(Math.max(...times)).toISOString();
}
