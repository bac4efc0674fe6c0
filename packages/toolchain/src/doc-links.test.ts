import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors, repositoryDocs } from './doc-links';
import { repoRoot } from './index';

describe('documentation links', () => {
  it('gives headings the anchors GitHub gives them, code and punctuation included', () => {
    const page = '# Title\n\n## The event log (`analytics_events`)\n\n## Step 1: wait\n\n## Step 1: wait\n\n```md\n# not a heading\n```\n';
    expect([...headingAnchors(page)]).toEqual(['title', 'the-event-log-analytics_events', 'step-1-wait', 'step-1-wait-1']);
  });

  it('finds a link to a missing file, and one to a heading its page lacks, and leaves other sites alone', () => {
    const files = [
      { path: 'README.md', text: '[ok](docs/a.md#the-part) [gone](docs/b.md) [no such part](docs/a.md#other) [site](https://example.com/x.md) [here](#kairos)\n\n# Kairos\n' },
      { path: 'docs/a.md', text: '# The part\n\n[back](../README.md#kairos) [up and out](../../x.md)\n\n`[not a link](nowhere.md)`\n' },
    ];
    const exists = (path: string) => ['README.md', 'docs/a.md'].includes(path);
    expect(brokenLinks(files, exists)).toEqual([
      { file: 'README.md', href: 'docs/b.md', problem: 'docs/b.md does not exist' },
      { file: 'README.md', href: 'docs/a.md#other', problem: 'docs/a.md has no heading whose anchor is #other' },
      { file: 'docs/a.md', href: '../../x.md', problem: 'goes outside the repository' },
    ]);
  });

  it('keeps the README a front door: under 10 KB', () => {
    expect(statSync(join(repoRoot(), 'README.md')).size).toBeLessThan(10_000);
  });

  it('has every relative link of the README, docs/ and the folder READMEs going to a file and heading that exist', () => {
    const root = repoRoot();
    const docs = repositoryDocs(root);
    expect(docs.map((d) => d.path)).toContain('docs/users.md');
    expect(brokenLinks(docs, (path) => existsSync(join(root, path)))).toEqual([]);
  });
});
