import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { CLASSIFIER_CATEGORIES, CLASSIFIER_ITEMS, scoreBoard } from '../../../engine/labs/classifier';
import type { ClassifierItem, HypervisorCategory, PlacementResult } from '../../../engine/labs/classifier';
import { useLabs, useLabsStore } from '../../../store/stores-context';
import { Banner } from '../../../ui/Banner';
import { ProgressBar } from '../../../ui/ProgressBar';
import { lessonSection } from '../lesson-section';
import { ClassifierItemCard, categoryTitle, describeVerdict } from './ClassifierItemCard';
import { LabEyebrow } from '../LabEyebrow';
import '../labs.css';

/** Alphabetical, so that the list does not give away which items belong together. */
const ITEMS_BY_NAME: readonly ClassifierItem[] = [...CLASSIFIER_ITEMS].sort((left, right) => left.name.localeCompare(right.name, 'en', { sensitivity: 'base' }));

/** Where keyboard focus goes after a placement moved a card to another list. */
type FocusTarget = { readonly itemId: string; readonly category: HypervisorCategory } | { readonly itemId: null };

interface LastPlacement {
  readonly item: ClassifierItem;
  readonly result: PlacementResult;
}

function Feedback({ last }: { last: LastPlacement | null }) {
  if (!last) return <p className="muted">Pick a box for each product. The verdict and the reason appear here after every placement.</p>;
  const section = lessonSection(last.item.lesson, last.item.section);
  return (
    <>
      <p className={last.result.correct ? 'lab-verdict lab-verdict--right' : 'lab-verdict lab-verdict--wrong'}>
        <strong>
          {last.item.name} → {categoryTitle(last.result.category)}: {describeVerdict(last.result)}
        </strong>
      </p>
      <p>{last.result.explanation}</p>
      <p>
        <Link to={section.href}>Read “{section.title}” in the lesson</Link>
      </p>
    </>
  );
}

/** Sort hypervisors and related products into type 1, type 2, OS-level and emulation. */
export function ClassifierPage() {
  const store = useLabsStore();
  const placements = useLabs((state) => state.placements);
  const { place, restartClassifier } = store.getState();
  const board = useMemo(() => scoreBoard(placements), [placements]);
  const [last, setLast] = useState<LastPlacement | null>(null);
  const [dropTarget, setDropTarget] = useState<HypervisorCategory | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const scoreRef = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);

  const results = useMemo(() => new Map(board.results.map((result) => [result.itemId, result])), [board]);
  const waiting = ITEMS_BY_NAME.filter((item) => !results.has(item.id));

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (!target) return;
    if (target.itemId === null) scoreRef.current?.focus();
    else boardRef.current?.querySelector<HTMLElement>(`[data-item="${target.itemId}"] [data-category="${target.category}"]`)?.focus();
  }, [placements]);

  const placeItem = (itemId: string, category: HypervisorCategory, moveFocus: boolean) => {
    const item = CLASSIFIER_ITEMS.find((candidate) => candidate.id === itemId);
    if (!item) return;
    if (moveFocus) focusAfter.current = nextFocus(itemId, category);
    setLast({ item, result: place(itemId, category) });
  };

  /** From the waiting list, focus moves on to the next waiting item; a placed card keeps focus. */
  const nextFocus = (itemId: string, category: HypervisorCategory): FocusTarget => {
    const index = waiting.findIndex((item) => item.id === itemId);
    if (index === -1) return { itemId, category };
    const next = waiting[index + 1] ?? waiting[index - 1];
    return next ? { itemId: next.id, category: 'type-1' } : { itemId: null };
  };

  const drop = (event: DragEvent, category: HypervisorCategory) => {
    event.preventDefault();
    setDropTarget(null);
    const itemId = event.dataTransfer.getData('text/plain');
    if (CLASSIFIER_ITEMS.some((item) => item.id === itemId)) placeItem(itemId, category, false);
  };

  const restart = () => {
    restartClassifier();
    setLast(null);
  };

  const allRight = board.correct === board.total;

  return (
    <div className="lab classifier-lab">
      <LabEyebrow lessonId="hypervisor-types" />
      <h1 tabIndex={-1}>Hypervisor classifier</h1>
      <p className="lead">
        Sort each product into the box where it belongs: drag a card onto a box, or use its buttons. Each placement is judged at
        once, with the reason, including the cases where sources disagree.
      </p>
      <div className="classifier-score" ref={scoreRef} tabIndex={-1} role="group" aria-label="Score">
        <ProgressBar value={board.correct} max={board.total} label={`${board.correct} of ${board.total} right`} />
        <p className="classifier-score__counts">
          {board.placed} placed · {board.unplaced.length} left to sort
        </p>
        <button type="button" className="button" onClick={restart} disabled={board.placed === 0}>
          Start again
        </button>
      </div>
      {allRight ? (
        <Banner tone="success" title={`All ${board.total} sorted correctly`}>
          <p>Every product is in a right box. Start again to sort them once more, or read why KVM divides the sources.</p>
        </Banner>
      ) : null}
      <div className="classifier-feedback" role="status">
        <Feedback last={last} />
      </div>
      <div className="classifier-board" ref={boardRef}>
        <section className="classifier-pool" aria-labelledby="pool-title">
          <h2 id="pool-title">To sort ({waiting.length})</h2>
          {waiting.length === 0 ? (
            <p className="muted">Everything is sorted. Move a card with its buttons if you change your mind.</p>
          ) : (
            <ul className="classifier-list classifier-list--pool">
              {waiting.map((item) => (
                <ClassifierItemCard key={item.id} item={item} result={null} onPlace={(itemId, category) => placeItem(itemId, category, true)} />
              ))}
            </ul>
          )}
        </section>
        <div className="classifier-columns">
          {CLASSIFIER_CATEGORIES.map((category) => {
            const placed = ITEMS_BY_NAME.filter((item) => results.get(item.id)?.category === category.id);
            return (
              <section
                key={category.id}
                className={dropTarget === category.id ? 'classifier-box classifier-box--drop' : 'classifier-box'}
                aria-labelledby={`category-${category.id}`}
                onDragOver={(event) => {
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setDropTarget(category.id);
                }}
                onDragLeave={() => setDropTarget(null)}
                onDrop={(event) => drop(event, category.id)}
              >
                <h2 id={`category-${category.id}`} className="classifier-box__title">
                  {category.title}
                </h2>
                <p className="classifier-box__description">{category.description}</p>
                {placed.length === 0 ? (
                  <p className="classifier-box__empty">Nothing here yet.</p>
                ) : (
                  <ul className="classifier-list">
                    {placed.map((item) => (
                      <ClassifierItemCard key={item.id} item={item} result={results.get(item.id) ?? null} onPlace={(itemId, next) => placeItem(itemId, next, true)} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
