import { Link } from 'react-router';
import { CLASSIFIER_CATEGORIES } from '../../../engine/labs/classifier';
import type { ClassifierItem, HypervisorCategory, PlacementResult } from '../../../engine/labs/classifier';
import { lessonSection } from '../lesson-section';

/** Short names for the placement buttons, in the order of CLASSIFIER_CATEGORIES. */
export const CATEGORY_SHORT_NAMES: Readonly<Record<HypervisorCategory, string>> = {
  'type-1': 'Type 1',
  'type-2': 'Type 2',
  'os-level': 'OS-level',
  emulation: 'Emulation',
};

/**
 * The full title of a category, e.g. "Type 1 (bare metal)".
 * @param category the category
 */
export function categoryTitle(category: HypervisorCategory): string {
  return CLASSIFIER_CATEGORIES.find((info) => info.id === category)?.title ?? category;
}

/**
 * One line saying whether a placement is right, naming the accepted boxes when it is not.
 * @param result the verdict of checkPlacement
 */
export function describeVerdict(result: PlacementResult): string {
  if (!result.correct) return `✗ Not here: it belongs in ${result.accepted.map(categoryTitle).join(' or ')}.`;
  if (result.accepted.length > 1) return `✓ Right. ${result.accepted.map(categoryTitle).join(' and ')} both count.`;
  return '✓ Right.';
}

export interface ClassifierItemCardProps {
  readonly item: ClassifierItem;
  /** The verdict on where the item is now, or null while it waits to be sorted. */
  readonly result: PlacementResult | null;
  readonly onPlace: (itemId: string, category: HypervisorCategory) => void;
}

/** A product to sort: drag it to a box, or pick the box with one of its buttons. */
export function ClassifierItemCard({ item, result, onPlace }: ClassifierItemCardProps) {
  const section = lessonSection(item.lesson, item.section);
  const state = result === null ? 'waiting' : result.correct ? 'right' : 'wrong';
  return (
    <li
      className={`classifier-card classifier-card--${state}`}
      data-item={item.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h3 className="classifier-card__name">
        <span className="classifier-card__grip" aria-hidden="true">
          ⠿
        </span>
        {item.name}
      </h3>
      {result ? (
        <>
          <p className="classifier-card__verdict">{describeVerdict(result)}</p>
          <details className="classifier-card__why">
            <summary>Why?</summary>
            <p>{result.explanation}</p>
            <p>
              <Link to={section.href}>Read “{section.title}” in the lesson</Link>
            </p>
          </details>
        </>
      ) : null}
      <div className="classifier-card__choices" role="group" aria-label={`Place ${item.name} in`}>
        {CLASSIFIER_CATEGORIES.map((category) => (
          <button
            key={category.id}
            type="button"
            className="button classifier-card__choice"
            data-category={category.id}
            aria-pressed={result?.category === category.id}
            onClick={() => onPlace(item.id, category.id)}
          >
            {CATEGORY_SHORT_NAMES[category.id]}
          </button>
        ))}
      </div>
    </li>
  );
}
