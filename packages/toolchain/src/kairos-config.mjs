// kairos.config.json, read and checked in one place: the node packages the editor, API, CLI and worker load,
// and the compliance profile files with the default profile. Plain JavaScript because the web app's build
// (Vite, which loads its configuration with plain Node) reads it too; the types are in kairos-config.d.mts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONFIG_FILE = 'kairos.config.json';

/** A configuration that does not hold together; the message names the file and the field. */
export class KairosConfigError extends Error {
  name = 'KairosConfigError';
}

const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** Each field the file may hold, and what is wrong with a value of it: `[where, message]` (where: '' for the
 * field itself, `.<i>` for an item of a list), or undefined when nothing is. */
const FIELDS = {
  $schema: (v) => (typeof v === 'string' ? undefined : ['', 'must be a string']),
  nodePackages: (v) => listProblem(v, (s) => NPM_NAME.test(s), 'must be an npm package name'),
  complianceProfiles: (v) => listProblem(v, (s) => s.length > 0, 'must be the path of a profile file'),
  defaultComplianceProfile: (v) => (typeof v === 'string' && v.length > 0 ? undefined : ['', 'must be the id of a compliance profile']),
};

function listProblem(value, ok, message) {
  if (!Array.isArray(value)) return ['', 'must be a list'];
  const i = value.findIndex((s) => typeof s !== 'string' || !ok(s));
  return i === -1 ? undefined : [`.${i}`, message];
}

/**
 * The configuration under `root` (an absent file is an empty configuration). A field it does not know is
 * an error, so a misspelt `nodePackage` is not a configuration silently without node packages.
 */
export function readKairosConfig(root) {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return {};
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KairosConfigError(`${CONFIG_FILE} is not JSON: ${err.message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new KairosConfigError(`${CONFIG_FILE} must hold an object`);
  const problems = Object.entries(json).map(([key, value]) => {
    const check = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!check) return `${key}: unknown field: use one of ${Object.keys(FIELDS).join(', ')}`;
    const problem = check(value);
    return problem && `${key}${problem[0]}: ${problem[1]}`;
  });
  const found = problems.filter(Boolean);
  if (found.length) throw new KairosConfigError(`${CONFIG_FILE}: ${found.join('; ')}`);
  return json;
}

/** The configured node package names: KAIROS_NODE_PACKAGES if set (comma-separated; empty: none), else the file's. */
export function configuredNodePackageNames(root, env = process.env) {
  const fromEnv = env.KAIROS_NODE_PACKAGES;
  if (fromEnv !== undefined) return fromEnv.split(',').map((s) => s.trim()).filter(Boolean);
  return readKairosConfig(root).nodePackages ?? [];
}
