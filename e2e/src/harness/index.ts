export { startProduct, type RunningProduct, type Logins, type StartOptions } from './product';
export { openBrowser, ARTIFACTS_DIR, CHROMIUM_ARGS, CHROMIUM_PATH, type BrowserSession } from './browser';
export { freePort } from './free-port';
export { signIn, apiAs } from './sign-in';
export { axeViolations, describeViolations, AXE_TAGS, type AxeViolation } from './axe';
export { jsonAnswer } from './api-answer';
export { bearerToken, countAnswers, fuzzApi, fuzzSummary, CAPPED, FULL, FUZZ_ROLES, NOT_FUZZED, type FuzzBudget, type FuzzResult } from './api-fuzz';
