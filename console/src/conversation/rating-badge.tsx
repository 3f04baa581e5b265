import type { ConversationRating } from '@parley/shared';
import { useLiveT } from './use-live-t.js';

/** The visitor's rating: stars (or a thumb, scores 1 and 5 from a thumbs site) and the comment. */
export function RatingBadge({ rating, withComment = false }: { rating: ConversationRating; withComment?: boolean }) {
  const lt = useLiveT();
  const label = `${lt('live.rating')}: ${lt('live.rating.stars', { score: rating.score })}`;
  return (
    <span class="rating-badge" title={rating.comment ?? label}>
      <span aria-hidden="true">{'★'.repeat(rating.score)}{'☆'.repeat(5 - rating.score)}</span>
      <span class="visually-hidden">{label}</span>
      {withComment && rating.comment && <q class="rating-comment">{rating.comment}</q>}
    </span>
  );
}
