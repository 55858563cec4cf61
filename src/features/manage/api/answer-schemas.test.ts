import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The manager client reads every answer with the schema the server serialises it with (src/shared):
// an operation in this folder builds no schema of its own. Building one needs zod's value import;
// `import type { z }` (for z.input/z.output of a shared schema) is fine.

const dir = fileURLToPath(new URL('.', import.meta.url));
const operations = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const buildsSchemas = (source: string) => /^import\s+(?!type\b)[^;]*\bfrom\s+['"]zod['"]/m.test(source);

describe('manager API operations', () => {
  it('make no answer schemas of their own', () => {
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((name) => buildsSchemas(readFileSync(`${dir}/${name}`, 'utf8')))).toEqual([]);
  });

  it('would notice one that does', () => {
    expect(buildsSchemas("import { z } from 'zod';\nconst x = z.object({});")).toBe(true);
    expect(buildsSchemas("import * as zod from \"zod\";")).toBe(true);
    expect(buildsSchemas("import type { z } from 'zod';")).toBe(false);
  });
});
