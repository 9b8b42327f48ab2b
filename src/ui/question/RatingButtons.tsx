import type { RatingPreview } from '../../engine/srs/scheduler';
import type { RatingValue } from '../../engine/progress/types';

const NAMES: Readonly<Record<RatingValue, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export interface RatingButtonsProps {
  /** The four outcomes, computed once; the labels and the update use the same values. */
  readonly preview: RatingPreview;
  /** Whether the answer was right: a wrong answer can only be rated Again. */
  readonly correct: boolean;
  readonly onRate: (rating: RatingValue) => void;
}

/**
 * Anki's rating row after an answer, each button showing when the question comes back.
 * A wrong answer is Again (one button); a right one offers Hard, Good and Easy.
 */
export function RatingButtons({ preview, correct, onRate }: RatingButtonsProps) {
  const ratings: RatingValue[] = correct ? [2, 3, 4] : [1];
  return (
    <div className="rating" role="group" aria-label={correct ? 'How hard was it? This sets when the question comes back' : 'Continue'}>
      {ratings.map((rating) => {
        const option = preview.options[rating];
        const primary = rating === 3 || !correct;
        return (
          <button
            key={rating}
            type="button"
            className={primary ? 'button button--primary rating__button' : 'button rating__button'}
            onClick={() => onRate(rating)}
            aria-keyshortcuts={correct ? String(rating) + (rating === 3 ? ' Enter Space' : '') : 'Enter Space'}
          >
            <span className="rating__name">{correct ? NAMES[rating] : 'Next'}</span>
            <span className="rating__interval">
              {correct ? '' : 'Again · '}
              {option.label}
            </span>
            {correct ? <kbd className="rating__key">{rating}</kbd> : null}
          </button>
        );
      })}
    </div>
  );
}
