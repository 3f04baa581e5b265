import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './user-agent.js';

describe('describeUserAgent', () => {
  it('tells desktop, phone and tablet browsers apart', () => {
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36')).toEqual({ device: 'desktop', browser: 'Chrome' });
    expect(describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toEqual({ device: 'mobile', browser: 'Safari' });
    expect(describeUserAgent('Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36')).toEqual({ device: 'tablet', browser: 'Chrome' });
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0')).toEqual({ device: 'desktop', browser: 'Edge' });
    expect(describeUserAgent('Mozilla/5.0 (Linux; Android 13) Mobile Safari/537.36 MicroMessenger/8.0')).toEqual({ device: 'mobile', browser: 'WeChat' });
    expect(describeUserAgent(undefined)).toEqual({ device: 'desktop', browser: 'Other' });
  });
});
