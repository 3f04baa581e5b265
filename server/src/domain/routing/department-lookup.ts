import type { Department } from '@parley/shared';
import type { Store } from '../../store/port.js';

/**
 * The workspace's department a bot (or an integration) names: by id first, else by name,
 * case and surrounding spaces ignored (bots are written by people who know the team as
 * "Billing", not by its id). `null` when the workspace has none of that id or name.
 */
export async function findDepartment(store: Store, workspaceId: string, idOrName: string): Promise<Department | null> {
  const departments = await store.routing.listDepartments(workspaceId);
  const name = idOrName.trim().toLowerCase();
  return departments.find((d) => d.id === idOrName) ?? departments.find((d) => d.name.trim().toLowerCase() === name) ?? null;
}
