import { describe, expect, it } from 'vitest';
import { importablePortfolios } from './import-portfolios';

const readable = [
  { portfolioId: 'default', name: 'Default', sandbox: false },
  { portfolioId: 'try-out', name: 'Try out', sandbox: true },
];

describe('the portfolios offered for an import', () => {
  it('are every portfolio read for engineers and administrators', () => {
    expect(importablePortfolios('engineer', readable).map((p) => p.portfolioId)).toEqual(['default', 'try-out']);
    expect(importablePortfolios('admin', readable).map((p) => p.portfolioId)).toEqual(['default', 'try-out']);
  });

  it('are only the sandboxes for strategists, and none for roles that do not import', () => {
    expect(importablePortfolios('strategist', readable).map((p) => p.portfolioId)).toEqual(['try-out']);
    expect(importablePortfolios('agent', readable)).toEqual([]);
    expect(importablePortfolios('compliance_officer', readable)).toEqual([]);
    expect(importablePortfolios(undefined, readable)).toEqual([]);
  });
});
