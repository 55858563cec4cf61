import { importQuartersCommand } from '../seeds-import/import-quarters-command';

// `npm run seeds:import-quarters -- <file> [options]`; see USAGE in import-quarters-command.ts.
importQuartersCommand(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Import failed:', error);
    process.exit(1);
  },
);
