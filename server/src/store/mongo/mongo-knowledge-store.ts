import type mongoose from 'mongoose';
import type { Article } from '@parley/shared';
import type { KnowledgeStore } from '../knowledge-port.js';

interface ArticleDoc extends Omit<Article, 'id'> {
  _id: string;
}
const fromDoc = ({ _id, ...a }: ArticleDoc): Article => ({
  id: _id,
  workspaceId: a.workspaceId,
  title: a.title,
  body: a.body,
  keywords: [...a.keywords],
  locale: a.locale,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

export async function ensureKnowledgeIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('articles').createIndexes([{ key: { workspaceId: 1, createdAt: 1 }, name: 'articles_by_workspace' }]);
}

/** Knowledge-base articles in MongoDB through the driver. */
export class MongoKnowledgeStore implements KnowledgeStore {
  private readonly articles;

  constructor(db: mongoose.mongo.Db) {
    this.articles = db.collection<ArticleDoc>('articles');
  }

  async createArticle(article: Article): Promise<Article> {
    const { id, ...rest } = article;
    await this.articles.insertOne({ _id: id, ...rest, keywords: [...rest.keywords] });
    return article;
  }
  async updateArticle(a: Article): Promise<Article | null> {
    const doc = await this.articles.findOneAndUpdate(
      { _id: a.id },
      { $set: { title: a.title, body: a.body, keywords: [...a.keywords], locale: a.locale, updatedAt: a.updatedAt } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    return doc ? fromDoc(doc) : null;
  }
  async deleteArticle(id: string): Promise<boolean> {
    return (await this.articles.deleteOne({ _id: id })).deletedCount > 0;
  }
  async getArticle(id: string): Promise<Article | null> {
    const doc = await this.articles.findOne({ _id: id });
    return doc ? fromDoc(doc) : null;
  }
  async listArticles(workspaceId: string): Promise<Article[]> {
    return (await this.articles.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray()).map(fromDoc);
  }
}
