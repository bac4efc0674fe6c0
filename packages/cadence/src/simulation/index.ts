// In-process simulation of a cadence over a portfolio: the production interpreter, virtual time.
export { simulateEnrollment, simulatePortfolio, summarizeSimulation } from './simulate';
export type { ScriptedEvent, SimulatedActivity, SimulatedEnrollment, SimulationOptions } from './simulate';
export { generatePortfolio, type PortfolioSpec } from './portfolio';
export { sandboxActivityResult } from './sandbox-world';
