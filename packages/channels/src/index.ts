// The words cadences, compliance and providers share: the channel constant (with what the law sees in
// each channel) and the consumer's wall clock. Imports nothing of Kairos: everything else sits above it.
export * from './channels';
export * from './zone-clock';
