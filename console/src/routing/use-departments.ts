import { useEffect, useState } from 'preact/hooks';
import type { Department } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';

/** The workspace's departments over REST, for pages without the inbox's socket (none until loaded or on failure). */
export function useDepartments(): Department[] {
  const rest = useRestClient();
  const [departments, setDepartments] = useState<Department[]>([]);
  useEffect(() => {
    void rest<{ departments: Department[] }>('GET', '/departments').then((r) => setDepartments(r.ok ? r.data.departments : []));
  }, [rest]);
  return departments;
}
