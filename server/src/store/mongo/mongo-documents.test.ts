import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { Conversation, Message, Site, Visitor, Workspace } from '@parley/shared';
import type { AgentRecord } from '../port.js';
import {
  agentFromDoc,
  agentToDoc,
  conversationFromDoc,
  conversationToDoc,
  messageFromDoc,
  messageToDoc,
  siteFromDoc,
  siteToDoc,
  visitorFromDoc,
  visitorToDoc,
  workspaceFromDoc,
  workspaceToDoc,
} from './mongo-documents.js';
import { messagePreview as previewOfMessage, previewLength } from '../message-preview.js';

const { BSON } = mongoose.mongo;
const now = 1_700_000_000_000;

/** What MongoDB would hand back: the document through the driver's own BSON encoding. */
function overTheWire<D extends object>(doc: D): D {
  return BSON.deserialize(BSON.serialize(doc)) as D;
}

describe('mongo documents', () => {
  it('round-trips workspaces, sites and visitors through BSON, keeping Chinese text and nulls', () => {
    const workspace: Workspace = { id: 'w1', name: '客服中心', createdAt: now };
    const site: Site = {
      id: 's1',
      workspaceId: 'w1',
      key: 'demo',
      name: '線上商店',
      allowedOrigins: ['https://shop.example', 'http://localhost:5173'],
      locale: null,
      createdAt: now,
    };
    const visitor: Visitor = { id: 'v1', siteId: 's1', name: null, email: null, createdAt: now, lastSeenAt: now + 9 };
    expect(workspaceFromDoc(overTheWire(workspaceToDoc(workspace)))).toEqual(workspace);
    expect(siteFromDoc(overTheWire(siteToDoc(site)))).toEqual(site);
    expect(siteFromDoc(overTheWire(siteToDoc({ ...site, locale: 'zh-CN' }))).locale).toBe('zh-CN');
    expect(visitorFromDoc(overTheWire(visitorToDoc(visitor)))).toEqual(visitor);
    expect(visitorFromDoc(overTheWire(visitorToDoc({ ...visitor, name: '张三', email: 'z@x.cn' })))).toMatchObject({
      name: '张三',
      email: 'z@x.cn',
    });
  });

  it('stores the id as _id and never lets _id leak into domain objects', () => {
    const doc = workspaceToDoc({ id: 'w1', name: 'Acme', createdAt: now });
    expect(doc._id).toBe('w1');
    expect(workspaceFromDoc(doc)).not.toHaveProperty('_id');
  });

  it('stores agent emails lower-case and keeps the password hash on the record', () => {
    const agent: AgentRecord = {
      id: 'a1',
      workspaceId: 'w1',
      email: 'Mei.Lin@Acme.TEST',
      name: '林美',
      role: 'supervisor',
      capacity: 4,
      passwordHash: 'scrypt$abc',
      createdAt: now,
    };
    const back = agentFromDoc(overTheWire(agentToDoc(agent)));
    // Account fields not given come back with their defaults: active, no avatar or language, token version 0.
    expect(back).toEqual({ ...agent, email: 'mei.lin@acme.test', active: true, avatarUrl: null, language: null, tokenVersion: 0 });
  });

  it('marks a conversation active for its visitor until it is closed, without leaking the marker', () => {
    const waiting: Conversation = {
      id: 'c1',
      workspaceId: 'w1',
      siteId: 's1',
      visitorId: 'v1',
      status: 'waiting',
      assigneeId: null,
      botId: null,
      lastSeq: 0,
      lastMessage: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      departmentId: 'sales',
      priority: 1,
      queuedAt: now,
      assignedAt: null,
      firstResponseAt: null,
      offline: false,
      missed: false,
      locale: 'zh-TW',
    };
    const waitingDoc = conversationToDoc(waiting);
    expect(waitingDoc.activeVisitorId).toBe('v1');
    expect(conversationFromDoc(overTheWire(waitingDoc))).toEqual(waiting);

    const closed: Conversation = {
      ...waiting,
      status: 'closed',
      assigneeId: 'a1',
      lastSeq: 7,
      lastMessage: { text: '謝謝，再見 👋', authorType: 'agent', createdAt: now + 5 },
      updatedAt: now + 6,
      closedAt: now + 6,
    };
    const closedDoc = overTheWire(conversationToDoc(closed));
    expect(closedDoc).not.toHaveProperty('activeVisitorId');
    expect(conversationFromDoc(closedDoc)).toEqual(closed);
    // A bot holding it survives the round trip; documents from before bots read as held by none.
    expect(conversationFromDoc(overTheWire(conversationToDoc({ ...waiting, botId: 'b1' }))).botId).toBe('b1');
    const { botId: _absent, ...older } = waitingDoc;
    expect(conversationFromDoc(overTheWire(older)).botId).toBeNull();
  });

  it('round-trips messages with Chinese text and a system author without id or name', () => {
    const message: Message = {
      id: 'm1',
      conversationId: 'c1',
      seq: 3,
      clientId: 'V1StGXR8_Z5jdHi6B-myT',
      author: { type: 'system', id: null, name: null },
      text: '請問今天營業嗎？🙂 我想订购三件',
      internal: false,
      createdAt: now,
    };
    expect(messageFromDoc(overTheWire(messageToDoc(message)))).toEqual(message);
    const note = { ...message, author: { type: 'agent' as const, id: 'a1', name: '李雷' }, internal: true };
    expect(messageFromDoc(overTheWire(messageToDoc(note)))).toEqual(note);
  });

  it('cuts a long preview without splitting an emoji in half', () => {
    const author = { type: 'visitor' as const, id: 'v1', name: null };
    const long = `${'好'.repeat(previewLength - 1)}🙂tail`;
    const preview = previewOfMessage({ text: long, author, createdAt: now });
    expect(preview.text).toBe('好'.repeat(previewLength - 1));
    expect(overTheWire(preview).text).toBe(preview.text);
    expect(previewOfMessage({ text: 'short 短', author, createdAt: now })).toEqual({
      text: 'short 短',
      authorType: 'visitor',
      createdAt: now,
    });
    expect(previewOfMessage({ text: 'x'.repeat(500), author, createdAt: now }).text).toHaveLength(previewLength);
  });
});
