import type mongoose from 'mongoose';
import type { Article } from '@parley/shared';
import type { KnowledgeStore } from '../knowledge-port.js';

interface ArticleDoc extends Omit<Article, 'id'> {
  _id: string;
}
/** One per workspace: its synonym groups and the revision every knowledge write moves. */
interface KnowledgeSettingsDoc {
  _id: string;
  synonyms: string[][];
  revision: number;
}
const fromDoc = ({ _id, ...a }: ArticleDoc): Article => ({
  id: _id,
  workspaceId: a.workspaceId,
  title: a.title,
  body: a.body,
  keywords: [...a.keywords],
  locale: a.locale,
  ...(a.group ? { group: a.group } : {}),
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

export async function ensureKnowledgeIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('articles').createIndexes([{ key: { workspaceId: 1, createdAt: 1 }, name: 'articles_by_workspace' }]);
}

/**
 * Knowledge-base articles in MongoDB through the driver. The revision is moved after each
 * write (two operations, not one transaction): a reader that sees the new revision lists the
 * new articles; one that read the old revision rebuilds on its next search.
 */
export class MongoKnowledgeStore implements KnowledgeStore {
  private readonly articles;
  private readonly settings;

  constructor(db: mongoose.mongo.Db) {
    this.articles = db.collection<ArticleDoc>('articles');
    this.settings = db.collection<KnowledgeSettingsDoc>('knowledge_settings');
  }

  async createArticle(article: Article): Promise<Article> {
    const { id, group, ...rest } = article;
    await this.articles.insertOne({ _id: id, ...rest, ...(group ? { group } : {}), keywords: [...rest.keywords] });
    await this.bump(article.workspaceId);
    return article;
  }
  async updateArticle(a: Article): Promise<Article | null> {
    const doc = await this.articles.findOneAndUpdate(
      { _id: a.id },
      a.group
        ? { $set: { title: a.title, body: a.body, keywords: [...a.keywords], locale: a.locale, group: a.group, updatedAt: a.updatedAt } }
        : { $set: { title: a.title, body: a.body, keywords: [...a.keywords], locale: a.locale, updatedAt: a.updatedAt }, $unset: { group: '' } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    if (doc) await this.bump(doc.workspaceId);
    return doc ? fromDoc(doc) : null;
  }
  async deleteArticle(id: string): Promise<boolean> {
    const doc = await this.articles.findOneAndDelete({ _id: id }, { includeResultMetadata: false });
    if (doc) await this.bump(doc.workspaceId);
    return Boolean(doc);
  }
  async getArticle(id: string): Promise<Article | null> {
    const doc = await this.articles.findOne({ _id: id });
    return doc ? fromDoc(doc) : null;
  }
  async listArticles(workspaceId: string): Promise<Article[]> {
    return (await this.articles.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray()).map(fromDoc);
  }
  async getSynonyms(workspaceId: string): Promise<string[][]> {
    const doc = await this.settings.findOne({ _id: workspaceId });
    return doc?.synonyms?.map((g) => [...g]) ?? [];
  }
  async setSynonyms(workspaceId: string, groups: string[][]): Promise<void> {
    await this.settings.updateOne({ _id: workspaceId }, { $set: { synonyms: groups }, $inc: { revision: 1 } }, { upsert: true });
  }
  async knowledgeRevision(workspaceId: string): Promise<number> {
    return (await this.settings.findOne({ _id: workspaceId }, { projection: { revision: 1 } }))?.revision ?? 0;
  }

  private async bump(workspaceId: string): Promise<void> {
    await this.settings.updateOne({ _id: workspaceId }, { $inc: { revision: 1 }, $setOnInsert: { synonyms: [] } }, { upsert: true });
  }
}
