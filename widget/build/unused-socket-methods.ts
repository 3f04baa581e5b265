import type { Plugin } from 'vite';

/**
 * Methods of socket.io-client's and engine.io-client's Socket classes that the widget never
 * calls, and that a bundler cannot drop (they are methods of a class that is used): socket.io's
 * catch-all listeners, `volatile` / `compress` flags and the `retries` send queue; engine.io's
 * transport upgrade probe (the widget connects with `upgrade: false`: WebSocket first, and
 * long-polling only where WebSocket failed, so there is nothing to upgrade to). The widget keeps
 * to the part of the API that `VisitorSocket` (src/app/chat/visitor-socket.ts) names. A method
 * that is missing fails the build, so an upgrade of either package gets reviewed here.
 */
export const unusedSocketMethods: { file: RegExp; methods: readonly string[] }[] = [
  {
    file: /[\\/]socket\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/,
    methods: [
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
    ],
  },
  { file: /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/, methods: ['_probe'] },
];

export function withoutUnusedSocketMethods(): Plugin {
  return {
    name: 'parley-without-unused-socket-methods',
    enforce: 'pre',
    transform(code, id) {
      const target = unusedSocketMethods.find(({ file }) => file.test(id));
      if (!target) return null;
      let out = code;
      for (const name of target.methods) {
        // A method at the class body's indent, with the doc comment above it, to its closing brace.
        const method = new RegExp(`(?:\\n    /\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)?\\n    (?:get )?${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n    \\}(?=\\n)`);
        if (!method.test(out)) this.error(`${id} has no method ${name} any more: review this plugin`);
        out = out.replace(method, '');
      }
      return { code: out, map: null };
    },
  };
}
