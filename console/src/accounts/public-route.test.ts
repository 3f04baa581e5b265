import { describe, expect, it } from 'vitest';
import { linkTokenOf, publicRouteOf } from './public-route.js';

describe('public routes', () => {
  it('opens the pages the server links to, and the console for anything else', () => {
    expect(publicRouteOf('/console/invitation', '/console/')).toBe('invitation');
    expect(publicRouteOf('/console/password-reset', '/console/')).toBe('password-reset');
    expect(publicRouteOf('/console/signup', '/console/')).toBe('signup');
    expect(publicRouteOf('/console/forgot-password', '/console/')).toBe('forgot-password');
    expect(publicRouteOf('/console/', '/console/')).toBeNull();
    expect(publicRouteOf('/console/sites', '/console/')).toBeNull();
  });

  it('takes the token from the fragment only when it looks like one', () => {
    expect(linkTokenOf('#abcdefghijklmnopqrstuvwxyz_-0123')).toBe('abcdefghijklmnopqrstuvwxyz_-0123');
    expect(linkTokenOf('#short')).toBeNull();
    expect(linkTokenOf('')).toBeNull();
  });
});
