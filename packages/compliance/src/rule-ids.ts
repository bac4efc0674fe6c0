// Rule ids name the provision that decided, so an audit log reads as a citation.

/** Rules of the `us-reg-f` profile (12 CFR part 1006 and the TCPA). */
export const REG_F_RULES = {
  /** Convenient time: after 08:00 and before 21:00 at the consumer's location (every possible zone). */
  hours: 'reg-f.1006.6(b)(1)(i)',
  /** A time the debt collector knows is inconvenient: consumer-declared spans. */
  inconvenientTime: 'reg-f.1006.6(b)(1)(i):declared-inconvenient',
  /** More than seven calls within seven consecutive days. */
  callFrequency: 'reg-f.1006.14(b)(2)(i)(A)',
  /** A call within seven consecutive days after a telephone conversation (its date is day 1). */
  afterConversation: 'reg-f.1006.14(b)(2)(i)(B)',
  /** Opt-out of an electronic medium (email, text, app). */
  electronicOptOut: 'reg-f.1006.6(e)',
  /** The person asked that a medium (telephone, mail) not be used. */
  mediumOptOut: 'reg-f.1006.14(h)(1)',
  /** Written request to cease communication. */
  ceaseCommunication: 'reg-f.1006.6(c)(1)',
  /** Timely dispute: collection stops until verification is provided. */
  openDispute: 'reg-f.1006.38(d)(2)',
  /** Autodialed or prerecorded call or text to a wireless number without prior express consent. */
  tcpaConsent: 'tcpa.47-usc-227(b)(1)(A)(iii)',
} as const;

/** Rules of the engine itself, whatever the profile. */
export const ENGINE_RULES = {
  /** Every rule of the profile is satisfied at `at`. */
  allowed: 'kairos.allowed',
  /** No instant within the search horizon satisfies every time rule: fail closed. */
  noOpeningWithinHorizon: 'kairos.no-opening-within-horizon',
  /** The request names a profile this registry does not hold: fail closed. */
  unknownProfile: 'kairos.unknown-profile',
} as const;
