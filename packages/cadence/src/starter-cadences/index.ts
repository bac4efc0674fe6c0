// The starter cadences of the editor's "new cadence" dialog: playbook cadences as code, each of which
// must pass validation (and compliance lint) as shipped.
import { earlyCollectionsCadence } from './early-collections';
import { fourTierCadence } from './four-tier';
import { planFollowUpCadence } from './plan-follow-up';
import { postPaymentCadence } from './post-payment';
import type { StarterCadence } from './starter-cadence';

export type { StarterCadence } from './starter-cadence';
export { cadenceBuilder, type CadenceBuilder } from './cadence-builder';

export const starterCadences = (): StarterCadence[] => [fourTierCadence(), earlyCollectionsCadence(), planFollowUpCadence(), postPaymentCadence()];
