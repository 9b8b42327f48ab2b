// Public surface of scheduling; the rest of the app never imports ts-fsrs itself.
export * from './bank';
export * from './scheduler';
export * from './format-interval';
export * from './apply-rating';
export * from './replay';
export * from './study-day';
export * from './review-queue';
export * from './question-info';
export * from './weak-areas';
export * from './stats';
export * from './readiness';
