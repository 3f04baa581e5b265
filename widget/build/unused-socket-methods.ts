import type { Plugin } from 'vite';

/**
 * socket.io-client's Socket class carries API the widget never calls (catch-all listeners,
 * `volatile` / `compress` flags, the `retries` send queue), and a bundler cannot drop a class's
 * unused methods. This deletes them from the source as the app is built; the widget keeps to
 * the part of the API that `VisitorSocket` (src/app/chat/visitor-socket.ts) names. A method
 * that is missing fails the build, so an upgrade of socket.io-client gets reviewed here.
 */
export const unusedSocketMethods = [
  'compress',
  'volatile',
  '_addToQueue',
  'onAny',
  'prependAny',
  'offAny',
  'listenersAny',
  'onAnyOutgoing',
  'prependAnyOutgoing',
  'offAnyOutgoing',
  'listenersAnyOutgoing',
] as const;

export function withoutUnusedSocketMethods(): Plugin {
  const file = /[\\/]socket\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/;
  return {
    name: 'parley-without-unused-socket-methods',
    enforce: 'pre',
    transform(code, id) {
      if (!file.test(id)) return null;
      let out = code;
      for (const name of unusedSocketMethods) {
        // A method at the class body's indent, with the doc comment above it, to its closing brace.
        const method = new RegExp(`(?:\\n    /\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)?\\n    (?:get )?${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n    \\}(?=\\n)`);
        if (!method.test(out)) this.error(`socket.io-client's Socket has no method ${name} any more: review this plugin`);
        out = out.replace(method, '');
      }
      return { code: out, map: null };
    },
  };
}
