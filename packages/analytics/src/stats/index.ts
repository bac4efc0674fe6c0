// Statistics of experiments: always-valid comparison of arms, rate intervals, sample sizes, survival curves.
export { normalCdf, normalQuantile } from './normal';
export { amountSample, rateSample, type ArmSample } from './arm-sample';
export { wilsonInterval } from './wilson';
export { compareSequentially, type SequentialComparison, type SequentialOptions } from './sequential-test';
export { accountsPerArmToDetect } from './sample-size';
export { kaplanMeier, medianTime, type SurvivalStep, type TimeToEvent } from './kaplan-meier';
