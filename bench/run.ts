import { benchOutboxDrain } from './outbox-drain';
import { benchServer } from './server';

// `npm run bench`: every benchmark, each printing ratios against baselines measured in the same run.
// `npm run bench -- server` (or any list of names) runs only those.
const PARTS: Record<string, () => Promise<void>> = {
  'outbox-drain': benchOutboxDrain,
  server: benchServer,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(PARTS)) {
  await PARTS[name]?.();
}
