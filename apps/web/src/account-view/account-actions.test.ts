import { describe, expect, it } from 'vitest';
import { accountActionsFor } from './account-actions';

describe('what the account page offers each role', () => {
  it('lets an agent record facts and report payments, but not enroll or open the canvas', () => {
    expect(accountActionsFor('agent')).toEqual({ enroll: false, recordFact: true, reportEvent: true, openCanvas: false });
  });
  it('lets a strategist enroll and open the canvas, but not record what the holder said', () => {
    expect(accountActionsFor('strategist')).toEqual({ enroll: true, recordFact: false, reportEvent: false, openCanvas: true });
  });
  it('lets a compliance officer record facts without enrolling or reporting payments', () => {
    expect(accountActionsFor('compliance_officer')).toEqual({ enroll: false, recordFact: true, reportEvent: false, openCanvas: true });
  });
  it('offers nothing before the session is known', () => {
    expect(accountActionsFor(undefined)).toEqual({ enroll: false, recordFact: false, reportEvent: false, openCanvas: false });
  });
});
