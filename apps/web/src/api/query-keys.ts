// One place for cache keys, so a change invalidates exactly what shows it.
export const queryKeys = {
  cadences: (includeArchived: boolean) => ['cadences', { includeArchived }] as const,
  allCadences: ['cadences'] as const,
  cadence: (id: string) => ['cadence', id] as const,
  versions: (cadenceId: string) => ['versions', cadenceId] as const,
  version: (versionId: string) => ['version', versionId] as const,
  live: (versionId: string) => ['live', versionId] as const,
  enrollments: (filter: Record<string, unknown>) => ['enrollments', filter] as const,
  enrollment: (id: string) => ['enrollment', id] as const,
  outbox: (filter: Record<string, unknown>) => ['outbox', filter] as const,
  accounts: ['accounts'] as const,
  account: (id: string) => ['account', id] as const,
  me: ['me'] as const,
  lifecycle: (cadenceId: string) => ['lifecycle', cadenceId] as const,
};
