/** A number from an activity's compiled params, or a fallback when it is missing (a simulated answer reads them). */
export const numberParam = (params: Record<string, unknown>, key: string, fallback: number): number =>
  typeof params[key] === 'number' ? params[key] : fallback;
