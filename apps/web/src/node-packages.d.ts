// Made at build time from kairos.config.json by node-packages-plugin.ts.
declare module 'virtual:kairos-node-packages' {
  import type { NodePackage } from '@kairos/cadence';
  export const nodePackages: NodePackage[];
}
