import '../styles/supervision.css';
import { useSupervisionT } from './use-supervision-t.js';

/** Marks a whisper in the transcript (the message gets the `whisper` class beside `internal`). */
export function WhisperTag() {
  const st = useSupervisionT();
  return <span class="whisper-tag">{st('supervision.whisperTag')}</span>;
}
