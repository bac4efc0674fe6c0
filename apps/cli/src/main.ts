#!/usr/bin/env -S npx tsx
// `pnpm kairos <command>`: the product's command line.
import { Command } from 'commander';
import { compileCommand } from './commands/compile';

const program = new Command()
  .name('kairos')
  .description('Kairos: design debt-collection cadences as graphs and run them on Temporal.')
  .showHelpAfterError('(run `pnpm kairos --help` for the list of commands)');

program
  .command('start')
  .description('Run the whole product embedded: database, Temporal dev server, worker and API; prints the URLs.')
  .option('-p, --port <port>', 'port of the API (and web app)', (v) => Number(v), Number(process.env.KAIROS_PORT ?? 3000))
  .option('--temporal-port <port>', 'port of the embedded Temporal dev server', (v) => Number(v), 7233)
  .option('--temporal-ui-port <port>', 'port of the Temporal web UI', (v) => Number(v), 8233)
  .option('--data-dir <dir>', 'where embedded data lives (database, Temporal history)', process.env.KAIROS_DATA_DIR ?? '.kairos')
  .option('--no-seed', 'do not create the demo accounts and cadence in an empty database')
  // Loaded on demand: `compile` and `--help` should not pay for Temporal and the database.
  .action(async (opts) => (await import('./commands/start')).startCommand(opts));

program
  .command('compile')
  .description('Validate a cadence graph (React Flow JSON) and print its CadenceIR. Exit 1 with one JSON error per line on stderr if invalid.')
  .argument('<graph.json>', 'path of the graph file')
  .action(compileCommand);

program
  .command('validate')
  .description('Check cadence files (exported cadences or graphs, .json) in folders or files. Exit 1 if any has an error.')
  .argument('[paths...]', 'files or folders to check (default: the current folder)')
  .option('--json', 'print one JSON object per problem: {file, nodeId?, edgeId?, field?, message, code, severity}')
  .option('--strict', 'fail on warnings too')
  .action(async (paths: string[], opts) => (await import('./commands/validate')).validateCommand(paths, opts));

program
  .command('nodes')
  .description('List the installed node kinds with their outcomes; --json adds defaults and config JSON Schemas.')
  .option('--json', 'print the kinds as JSON')
  .action(async (opts) => (await import('./commands/nodes')).nodesCommand(opts));

const compliance = program.command('compliance').description('Compliance profiles: check a custom profile file.');
compliance
  .command('check-profile')
  .description(
    'Validate compliance profile files (JSON: id, title, extends?, hours by weekday, caps per channel, holidays, disclosures; see docs/compliance.md). ' +
      'Exit 1 naming each field at fault.',
  )
  .argument('<files...>', 'profile files to check')
  .option('--json', 'print one JSON object per file: {file, ok, id?, ruleIds?, issues?}')
  .action(async (files: string[], opts) => (await import('./commands/compliance')).checkProfileCommand(files, opts));

const importing = program.command('import').description('Import data into a running Kairos through its API.');
importing
  .command('accounts')
  .description(
    'Import accounts from a CSV file into a portfolio: upload, map columns (suggested from the header, or --mapping), start, and print progress and the summary. ' +
      'Signs in with KAIROS_EMAIL and KAIROS_PASSWORD (or KAIROS_TOKEN). Exit 1 when refused or failed. The format: docs/importing-accounts.md.',
  )
  .argument('<file.csv>', 'the CSV file, its first row naming the columns')
  .requiredOption('--portfolio <id>', 'the portfolio the accounts belong to')
  .option('--mapping <mapping.json>', 'column mapping file: {"columns": {"Acct No": {"field": "id"}, ...}, "defaultCountry": "US", "currency": "USD"}')
  .option('--default-country <code>', 'country of phone numbers written without a country code (e.g. US)')
  .option('--api <url>', 'the API to import through (default KAIROS_API_URL, else http://127.0.0.1:$KAIROS_PORT or 3000)')
  .action(async (file: string, opts) => {
    process.exitCode = await (await import('./commands/import-accounts')).importAccounts(file, opts);
  });

await program.parseAsync(process.argv);
