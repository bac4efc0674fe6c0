// `pnpm --dir apps/api web-api-types`: rewrite the web app's generated API types (see web-api-types.ts).
import { writeFileSync } from 'node:fs';
import { webApiTypes, webApiTypesFile } from './web-api-types';

writeFileSync(webApiTypesFile(), await webApiTypes());
process.stdout.write(`wrote ${webApiTypesFile()}\n`);
