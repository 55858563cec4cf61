import { benchOutboxDrain } from './outbox-drain';

// `npm run bench`: every benchmark, each printing ratios against baselines measured in the same run.
await benchOutboxDrain();
