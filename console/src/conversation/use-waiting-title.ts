import { useEffect } from 'preact/hooks';

/** "(3) Parley": agents keep the console in a background tab and watch its title for new chats. */
export function useWaitingTitle(waiting: number): void {
  useEffect(() => {
    document.title = waiting > 0 ? `(${waiting}) Parley` : 'Parley';
  }, [waiting]);
}
