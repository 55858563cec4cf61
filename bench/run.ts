import { benchFirstVisit } from './first-visit';
import { benchOutboxDrain } from './outbox-drain';
import { benchServer } from './server';

// `npm run bench` runs every part; `npm run bench -- first-visit` (or several names) runs just those.
// Each part prints ratios against baselines measured in the same run.
const PARTS: Record<string, () => Promise<void>> = {
  'outbox-drain': benchOutboxDrain,
  'first-visit': benchFirstVisit,
  server: benchServer,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}
for (const name of asked.length > 0 ? asked : Object.keys(PARTS)) {
  await PARTS[name]?.();
}
