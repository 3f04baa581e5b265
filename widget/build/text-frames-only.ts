import type { Plugin } from 'vite';

/**
 * Parley's visitor protocol is JSON text both ways: no event or ack ever carries an ArrayBuffer,
 * Blob or File. socket.io-parser still scans every outgoing payload for binary and carries the
 * code to split and rebuild binary packets (and engine.io-parser the base64 decoding used by
 * polling for binary frames). This builds the widget with the text-only half of both: payloads
 * are never binary, and a binary packet from the server (which Parley's server never sends) is
 * refused by the parser as malformed instead of rebuilt.
 */
export function textFramesOnly(): Plugin {
  const stubs: [RegExp, string, string][] = [
    [
      /[\\/]socket\.io-parser[\\/]build[\\/]esm[\\/]is-binary\.js$/,
      'export function hasBinary',
      'export const isBinary = () => false;\nexport const hasBinary = () => false;\n',
    ],
    [
      /[\\/]socket\.io-parser[\\/]build[\\/]esm[\\/]binary\.js$/,
      'export function reconstructPacket',
      "const refuse = () => { throw new Error('binary packets are not supported'); };\nexport const deconstructPacket = refuse;\nexport const reconstructPacket = refuse;\n",
    ],
  ];
  return {
    name: 'parley-text-frames-only',
    enforce: 'pre',
    transform(code, id) {
      const stub = stubs.find(([file]) => file.test(id));
      if (!stub) return null;
      if (!code.includes(stub[1])) this.error(`${id} changed: review this plugin`);
      return { code: stub[2], map: null };
    },
  };
}
