import { ErrorCode, type TriggerAction } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Store } from '../../store/port.js';

/**
 * A rule's department and bot must be the workspace's own when it is saved (`bad_request`
 * otherwise, naming the field). One deleted later is not an error: a reply then starts the
 * usual way.
 */
export async function assertActionTargets(store: Store, workspaceId: string, action: Pick<TriggerAction, 'departmentId' | 'botId'>): Promise<void> {
  if (action.departmentId) {
    const departments = await store.routing.listDepartments(workspaceId);
    if (!departments.some((d) => d.id === action.departmentId)) {
      throw new AppError(ErrorCode.badRequest, 'action.departmentId: the workspace has no such department');
    }
  }
  if (action.botId) {
    const bot = await store.bots.getBot(action.botId);
    if (!bot || bot.workspaceId !== workspaceId) throw new AppError(ErrorCode.badRequest, 'action.botId: the workspace has no such bot');
  }
}
