import { useEffect, useState } from 'preact/hooks';
import { publicRouteOf, type PublicRoute } from './public-route.js';

/** The public page the address names, kept in step with Back and Forward. */
export function usePublicRoute(): PublicRoute | null {
  const [route, setRoute] = useState(() => publicRouteOf(location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(publicRouteOf(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  return route;
}
