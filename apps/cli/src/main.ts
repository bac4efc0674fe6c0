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

await program.parseAsync(process.argv);
