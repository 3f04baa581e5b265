import { describe, expect, it } from 'vitest';
import { limitEnvName, limitRules, limitSettingsOf } from './limit-rules.js';

describe('limit settings from the environment', () => {
  it('names each variable after its rule', () => {
    expect(limitEnvName('loginAccount')).toBe('RATE_LIMIT_LOGIN_ACCOUNT');
    expect(limitEnvName('beaconNewVisitorAddress')).toBe('RATE_LIMIT_BEACON_NEW_VISITOR_ADDRESS');
  });

  it('keeps the defaults, takes points/seconds overrides, and lists unreadable ones', () => {
    const { settings, problems } = limitSettingsOf({ RATE_LIMIT_VISITOR_MESSAGE: '5/2', RATE_LIMIT_UPLOAD: 'lots', RATE_LIMIT_BOT_MESSAGE: '0/10' });
    expect(settings.enabled).toBe(true);
    expect(settings.rules.visitorMessage).toMatchObject({ points: 5, seconds: 2 });
    expect(settings.rules.loginAccount).toEqual(limitRules.loginAccount);
    expect(problems).toEqual([expect.stringMatching(/^RATE_LIMIT_BOT_MESSAGE:/), expect.stringMatching(/^RATE_LIMIT_UPLOAD:/)].sort());
  });

  it('turns every limit off with RATE_LIMITS=off and refuses other values', () => {
    expect(limitSettingsOf({ RATE_LIMITS: 'off' }).settings.enabled).toBe(false);
    expect(limitSettingsOf({ RATE_LIMITS: 'sometimes' }).problems).toEqual(['RATE_LIMITS: must be on or off']);
  });
});
