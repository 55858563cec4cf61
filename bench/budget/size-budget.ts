import { readFile } from 'node:fs/promises';
import { measureInitial, type AssetSizes, type InitialSizes } from './initial-assets';

/** The committed limits: gzip bytes of the start page's initial JS and CSS. */
export interface SizeBudget {
  jsGzip: number;
  cssGzip: number;
}

export function parseBudget(raw: unknown): SizeBudget {
  const record = (raw ?? {}) as Record<string, unknown>;
  const { jsGzip, cssGzip } = record;
  if (typeof jsGzip !== 'number' || typeof cssGzip !== 'number' || jsGzip <= 0 || cssGzip <= 0) {
    throw new Error('The size budget needs positive numbers "jsGzip" and "cssGzip" (gzip bytes).');
  }
  return { jsGzip, cssGzip };
}

/** One line per limit that the build went past; empty when it fits. */
export function overBudget(measured: InitialSizes, budget: SizeBudget): string[] {
  const problems: string[] = [];
  const check = (label: string, actual: number, limit: number) => {
    if (actual > limit) {
      problems.push(`${label}: ${actual} B gzip is ${actual - limit} B over the budget of ${limit} B`);
    }
  };
  check('initial JS', measured.js.gzip, budget.jsGzip);
  check('initial CSS', measured.css.gzip, budget.cssGzip);
  return problems;
}

function table(label: string, sizes: AssetSizes, limit: number): string[] {
  return [
    `  ${label}: ${sizes.gzip} B gzip (${sizes.bytes} B raw, ${sizes.files.length} files), budget ${limit} B`,
    ...sizes.files.map((file) => `    ${String(file.gzip).padStart(8)} B  ${file.path}`),
  ];
}

export interface SizeCheck {
  ok: boolean;
  measured: InitialSizes;
  report: string[];
}

/** Measures the built client in `clientDir` against the budget file; the report says what and how much. */
export async function checkSize(clientDir: string, budgetFile: string): Promise<SizeCheck> {
  const budget = parseBudget(JSON.parse(await readFile(budgetFile, 'utf8')));
  const measured = await measureInitial(clientDir);
  const problems = overBudget(measured, budget);
  const report = [
    `Start page, loaded before first paint (${clientDir}):`,
    ...table('JS', measured.js, budget.jsGzip),
    ...table('CSS', measured.css, budget.cssGzip),
  ];
  if (problems.length === 0) {
    report.push('Within the size budget.');
  } else {
    report.push(
      `Over the size budget (${budgetFile}):`,
      ...problems.map((problem) => `  ${problem}`),
      'Move what the start page does not need behind a dynamic import(), or raise the budget on purpose in',
      'bench/budget/size-budget.json and say why in the commit (README, "Performance").',
    );
  }
  return { ok: problems.length === 0, measured, report };
}
