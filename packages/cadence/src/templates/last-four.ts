// "Account ending 4821": what a letter, receipt or checkout page shows of the account. Collections
// staff and holders know the creditor's account number, which portfolios load as
// `attributes.accountNumber`; the Kairos account id is often a prefixed reference (ACC-1001-B).
import type { AccountSnapshot } from '../account';

/** The attribute that holds the creditor's account number, when a portfolio loads one. */
export const ACCOUNT_NUMBER_ATTRIBUTE = 'accountNumber';

const lastDigits = (value: string) => value.replace(/\D/g, '').slice(-4);

/**
 * The last four digits of the account number (`attributes.accountNumber`), else of the account id;
 * the last four characters of the id only when it has no digits at all.
 */
export function accountLastFour(account: Pick<AccountSnapshot, 'id' | 'attributes'>): string {
  const number = account.attributes?.[ACCOUNT_NUMBER_ATTRIBUTE];
  if ((typeof number === 'string' || typeof number === 'number') && lastDigits(String(number))) return lastDigits(String(number));
  return lastDigits(account.id) || account.id.slice(-4);
}
