// The workflowsPath entry of Kairos workers: workflow functions and the workflow contract.
export { cadenceEnrollment } from './cadence-workflow';
export { accountNotice } from './notice-workflow';
export * from './contract';
