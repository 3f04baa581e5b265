import { describe, expect, it } from 'vitest';
import { detectFileType } from './file-type.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFileType', () => {
  it('knows images and PDF by their signatures', () => {
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectFileType(text('GIF89a....'))).toBe('image/gif');
    expect(detectFileType(text('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(detectFileType(text('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('takes UTF-8 text, Chinese included, even cut inside a character', () => {
    expect(detectFileType(text('你好，世界\nhello\tthere'))).toBe('text/plain');
    expect(detectFileType(text('你好').subarray(0, 4))).toBe('text/plain');
  });

  it('refuses a Windows executable, binary noise and an empty file', () => {
    expect(detectFileType(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03))).toBeNull();
    expect(detectFileType(bytes(0xc3, 0x28, 0x41))).toBeNull();
    expect(detectFileType(bytes())).toBeNull();
  });
});
