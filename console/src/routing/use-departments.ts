import { useEffect, useState } from 'preact/hooks';
import type { Department } from '@parley/shared';
import { useApi } from '../bots/api-context.js';

/** The workspace's departments over REST, for pages without the inbox's socket (none until loaded or on failure). */
export function useDepartments(): Department[] {
  const api = useApi();
  const [departments, setDepartments] = useState<Department[]>([]);
  useEffect(() => {
    api<{ departments: Department[] }>('GET', '/departments').then(
      (body) => setDepartments(body.departments),
      () => setDepartments([]),
    );
  }, [api]);
  return departments;
}
