import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/languages';

// Every text a resident reads from the seeds (topics, centre and opportunity titles, descriptions,
// notes) is a localised object {de, en, …}; each must carry every language of the registry.

const dir = new URL('.', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

function localisedTexts(value: unknown, path: string, into: Array<{ path: string; text: Record<string, unknown> }>) {
  if (Array.isArray(value)) value.forEach((child, index) => localisedTexts(child, `${path}[${String(index)}]`, into));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.de === 'string' && typeof record.en === 'string') into.push({ path, text: record });
    else for (const [key, child] of Object.entries(record)) localisedTexts(child, `${path}.${key}`, into);
  }
  return into;
}

describe('seed texts in every language', () => {
  it.each(files)('%s has every registry language in each localised text', (file) => {
    const texts = localisedTexts(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), file, []);
    const gaps = texts.flatMap(({ path, text }) => LANGUAGES.filter((code) => typeof text[code] !== 'string' || !(text[code] as string).trim()).map((code) => `${path}: ${code}`));
    expect(gaps).toEqual([]);
  });
});
