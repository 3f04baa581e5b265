/**
 * The database part of a MongoDB connection string (`mongodb://h1,h2:27017/DB?opts`), read by
 * hand: WHATWG `URL` refuses the seed lists that MongoDB URIs allow.
 */
function split(uri: string): { head: string; database: string; query: string } {
  const scheme = uri.indexOf('://');
  const afterScheme = scheme < 0 ? 0 : scheme + 3;
  const queryAt = uri.indexOf('?', afterScheme);
  const beforeQuery = queryAt < 0 ? uri : uri.slice(0, queryAt);
  const query = queryAt < 0 ? '' : uri.slice(queryAt);
  const slash = beforeQuery.indexOf('/', afterScheme);
  if (slash < 0) return { head: beforeQuery, database: '', query };
  return { head: beforeQuery.slice(0, slash), database: decodeURIComponent(beforeQuery.slice(slash + 1)), query };
}

/**
 * The database a MongoDB URI names, or `''` when it names none (the driver would then write to
 * a database called `test`, which a config check refuses).
 *
 * @example mongoDatabaseName('mongodb://db1,db2/parley?replicaSet=rs0') // 'parley'
 */
export function mongoDatabaseName(uri: string): string {
  return split(uri).database;
}

/** The same URI naming `database` instead (tests give each server its own database). */
export function withMongoDatabase(uri: string, database: string): string {
  const { head, query } = split(uri);
  return `${head}/${encodeURIComponent(database)}${query}`;
}
