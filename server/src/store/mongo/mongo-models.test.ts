import { describe, expect, it } from 'vitest';
import { conversationSchema, messageSchema, agentSchema, siteSchema, uniqueIndexes } from './mongo-models.js';
import type { Schema } from 'mongoose';

/** The index declared under `name`, as mongoose will send it to createIndexes. */
function declared(schema: Schema, name: string) {
  const found = schema.indexes().find(([, options]) => options.name === name);
  if (!found) throw new Error(`no index named ${name}`);
  return { fields: found[0], options: found[1] };
}

// Without these unique indexes a re-sent message is stored twice, two racing processes give
// one visitor two conversations, or two agents register one email: the store's atomicity
// rests on them, so their exact declaration is pinned here.
describe('mongo indexes', () => {
  it('keeps one message per (conversation, seq) and per (conversation, clientId)', () => {
    const seq = declared(messageSchema, uniqueIndexes.messageSeq.name);
    expect(seq.fields).toEqual({ conversationId: 1, seq: 1 });
    expect(seq.options.unique).toBe(true);
    const client = declared(messageSchema, uniqueIndexes.messageClientId.name);
    expect(client.fields).toEqual({ conversationId: 1, clientId: 1 });
    expect(client.options.unique).toBe(true);
  });

  it('keeps one active conversation per visitor while letting closed ones pile up', () => {
    const active = declared(conversationSchema, uniqueIndexes.activeConversation.name);
    expect(active.fields).toEqual({ activeVisitorId: 1 });
    expect(active.options).toMatchObject({
      unique: true,
      partialFilterExpression: { activeVisitorId: { $exists: true } },
    });
  });

  it('refuses a second site key and a second agent email', () => {
    expect(declared(siteSchema, uniqueIndexes.siteKey.name)).toMatchObject({ fields: { key: 1 }, options: { unique: true } });
    expect(declared(agentSchema, uniqueIndexes.agentEmail.name)).toMatchObject({
      fields: { email: 1 },
      options: { unique: true },
    });
  });

  it('lists conversations by workspace newest first and finds a visitor’s latest', () => {
    expect(declared(conversationSchema, 'conversations_by_workspace').fields).toEqual({ workspaceId: 1, updatedAt: -1, _id: -1 });
    expect(declared(conversationSchema, 'conversations_by_visitor').fields).toEqual({ visitorId: 1, createdAt: -1 });
  });
});
