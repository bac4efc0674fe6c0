// The words cadences, compliance and providers share: the channel constant (with what the law sees in
// each channel), the consumer's wall clock and the compliance facts kept on an account. It imports
// nothing of Kairos but @kairos/input's text rules: everything else sits above it.
export * from './account-facts';
export * from './channels';
export * from './wall-clock-words';
export * from './zone-clock';
