export type { CategoryInfo, ClassifierItem, HypervisorCategory } from './items';
export type { Placement, PlacementResult, ScoreBoard } from './classify';
export { CLASSIFIER_CATEGORIES, CLASSIFIER_ITEMS, CLASSIFIER_SECTIONS } from './items';
export { checkPlacement, scoreBoard } from './classify';
