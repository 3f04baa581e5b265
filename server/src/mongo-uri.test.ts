import { describe, expect, it } from 'vitest';
import { mongoDatabaseName, withMongoDatabase } from './mongo-uri.js';

describe('mongo URI database', () => {
  it('reads the database from single hosts, seed lists, credentials and options', () => {
    expect(mongoDatabaseName('mongodb://localhost:27017/parley')).toBe('parley');
    expect(mongoDatabaseName('mongodb://u:p%2Fw@db1:27017,db2:27017/chat?replicaSet=rs0')).toBe('chat');
    expect(mongoDatabaseName('mongodb+srv://cluster.example.net/prod?retryWrites=true')).toBe('prod');
  });

  it('sees no database when the path is missing or empty', () => {
    expect(mongoDatabaseName('mongodb://localhost:27017')).toBe('');
    expect(mongoDatabaseName('mongodb://localhost:27017/')).toBe('');
    expect(mongoDatabaseName('mongodb://localhost/?replicaSet=rs0')).toBe('');
  });

  it('puts a database into a URI, keeping its options', () => {
    expect(withMongoDatabase('mongodb://127.0.0.1:1/?serverMonitoringMode=poll', 'p_1')).toBe('mongodb://127.0.0.1:1/p_1?serverMonitoringMode=poll');
    expect(withMongoDatabase('mongodb://a,b/old', 'new')).toBe('mongodb://a,b/new');
  });
});
