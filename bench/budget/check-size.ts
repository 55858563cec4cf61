import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientDir } from './initial-assets';
import { checkSize } from './size-budget';

// `npm run size` (after `npm run build`): exits 1 when the start page's initial JS or CSS grew past
// bench/budget/size-budget.json. An optional argument names the built client folder.
const root = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = process.argv[2] ? resolve(process.argv[2]) : defaultClientDir(root);
const result = await checkSize(clientDir, fileURLToPath(new URL('./size-budget.json', import.meta.url)));
(result.ok ? console.log : console.error)(result.report.join('\n'));
if (!result.ok) process.exitCode = 1;
