// @kairos/cadence: the pure core. Graph schema, node kinds, validation, compilation and the interpreter.
export * from './graph';
export * from './issues';
export * from './account';
export * from './account-profile';
export * from './account-fields';
export * from './define-node';
export * from './registry';
export { validate } from './validate';
export { compile, type CompileResult } from './compile';
export { contentHash } from './hash';
export { nodeKindContractProblems } from './node-contract';
export * from './expressions/index';
export {
  defineNodePackage,
  NodePackageError,
  type NodeActivity,
  type NodeActivityContext,
  type NodeFetchAnswer,
  type NodeFetchInit,
  type NodePackage,
  type WorkerNodePackage,
} from './node-package';
export { describeNodeKind, nodeKindDescriptionSchema, type NodeKindDescription } from './node-description';
export { CADENCE_FILE_FORMAT, cadenceFileSchema, readCadenceFile, toCadenceFile, type CadenceFile } from './cadence-file';
export { triggerDecision, triggerPortfolios, type TriggerDecision } from './enrollment-trigger';
export * from './interpreter/index';
export * from './nodes/index';
export * from './collector/index';
export * from './enrollment-audience';
