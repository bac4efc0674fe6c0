// The repository's documentation holds together: every relative link in a README or docs/ page names a
// file that exists and, for a Markdown file, a heading it has. Docs move between pages; a link that
// silently stops going anywhere is how a moved fact gets lost.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { marked, type Token } from 'marked';

/** A Markdown file of the repository, by its path from the root ("docs/users.md"). */
export interface DocFile {
  path: string;
  text: string;
}

/** A link that does not go where it says, in the file that holds it. */
export interface BrokenLink {
  file: string;
  href: string;
  problem: string;
}

/** Every token of a page, nested ones (list items, table cells, link text) included. */
function eachToken(markdown: string, visit: (token: Token) => void): void {
  // walkTokens answers what the callbacks return, for async extensions; ours return nothing.
  void marked.walkTokens(marked.lexer(markdown), visit);
}

function plainText(token: Token): string {
  if ('tokens' in token && token.tokens) return token.tokens.map(plainText).join('');
  return 'text' in token && typeof token.text === 'string' ? token.text : '';
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  eachToken(markdown, (token) => {
    if (token.type === 'heading') anchors.add(slugger.slug(plainText(token)));
  });
  return anchors;
}

/** Every link and image target of a page, as written (code blocks and code spans hold none). */
export function linkTargets(markdown: string): string[] {
  const hrefs: string[] = [];
  eachToken(markdown, (token) => {
    if (token.type === 'link' || token.type === 'image') hrefs.push(token.href);
  });
  return hrefs;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The links of `files` that name a missing file, or a heading their Markdown target lacks. Only
 * relative links are checked: other sites, and paths of the running product (`/docs`), are not files here.
 */
export function brokenLinks(files: DocFile[], fileExists: (path: string) => boolean): BrokenLink[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (path: string) => {
    let found = anchorsOf.get(path);
    if (!found) anchorsOf.set(path, (found = headingAnchors(byPath.get(path)?.text ?? '')));
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const href of linkTargets(file.text)) {
      if (EXTERNAL.test(href) || href.startsWith('/')) continue;
      const [rawPath = '', anchor] = href.split('#', 2);
      const target = rawPath === '' ? file.path : normalize(join(dirname(file.path), decodeURIComponent(rawPath)));
      if (target.startsWith('..')) {
        broken.push({ file: file.path, href, problem: 'goes outside the repository' });
      } else if (rawPath !== '' && !fileExists(target)) {
        broken.push({ file: file.path, href, problem: `${target} does not exist` });
      } else if (anchor && target.endsWith('.md')) {
        if (!byPath.has(target)) broken.push({ file: file.path, href, problem: `${target} is not among the checked pages, so its headings are unknown` });
        else if (!anchors(target).has(anchor)) broken.push({ file: file.path, href, problem: `${target} has no heading whose anchor is #${anchor}` });
      }
    }
  }
  return broken;
}

/** The repository's documentation: the root README, every page under docs/, and each folder's README. */
export function repositoryDocs(root: string): DocFile[] {
  const paths = ['README.md'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) paths.push(path);
    }
  };
  walk('docs');
  for (const top of ['apps', 'packages']) {
    for (const name of readdirSync(join(root, top))) paths.push(join(top, name, 'README.md'));
  }
  paths.push('workflows/README.md', 'e2e/README.md');
  return paths
    .filter((path) => existsSync(join(root, path)))
    .map((path) => ({ path: relative(root, join(root, path)), text: readFileSync(join(root, path), 'utf8') }));
}
