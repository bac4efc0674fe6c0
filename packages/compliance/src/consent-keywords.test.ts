import { expect, it } from 'vitest';
import { classifyInboundMessage } from './consent-keywords';

it('reads STOP and its usual variants as revoking consent, START and UNSTOP as giving it back', () => {
  for (const text of ['STOP', 'stop', ' Stop. ', 'STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit!', 'REVOKE', 'OPTOUT', 'opt out', 'Opt-Out', 'Stop?']) {
    expect(classifyInboundMessage(text), text).toMatchObject({ keywordClass: 'stop', consentEffect: 'opt_out' });
  }
  expect(classifyInboundMessage('start')).toEqual({ keywordClass: 'start', keyword: 'START', consentEffect: 'opt_in' });
  expect(classifyInboundMessage('UNSTOP')).toEqual({ keywordClass: 'start', keyword: 'UNSTOP', consentEffect: 'opt_in' });
});

it('reads HELP as a question that changes no consent, and a sentence as a reply even when it says stop', () => {
  expect(classifyInboundMessage('Help?')).toEqual({ keywordClass: 'help', keyword: 'HELP', consentEffect: 'none' });
  expect(classifyInboundMessage('info')).toMatchObject({ keywordClass: 'help' });
  expect(classifyInboundMessage('please stop calling my mother')).toEqual({ keywordClass: 'other', keyword: null, consentEffect: 'none' });
  expect(classifyInboundMessage('I will pay friday')).toMatchObject({ keywordClass: 'other', consentEffect: 'none' });
});
