/** Branded identifiers: a QuestionId cannot be passed where a LessonId is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };
export type LessonId = Brand<string, 'LessonId'>;
export type QuestionId = Brand<string, 'QuestionId'>;

export const AREA_IDS = [
  'terminology',
  'pros-cons',
  'hypervisor-types',
  'hvm-pv-emulation',
  'cpu-flags',
  'p2v',
  'vm-migration',
  'vm-features',
  'management-tools',
  'open-vswitch',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Human titles of the knowledge areas, in syllabus order. */
export const AREA_TITLES: Readonly<Record<AreaId, string>> = {
  terminology: 'Terminology',
  'pros-cons': 'Pros and cons',
  'hypervisor-types': 'Hypervisor types',
  'hvm-pv-emulation': 'HVM, PV and emulation',
  'cpu-flags': 'CPU flags',
  p2v: 'P2V and V2V',
  'vm-migration': 'Migration between hosts',
  'vm-features': 'Snapshots, clones, limits',
  'management-tools': 'oVirt, Proxmox, machined, VirtualBox',
  'open-vswitch': 'Open vSwitch',
};

export type QuestionType = 'single' | 'multiple' | 'fill';
export type Difficulty = 1 | 2 | 3;

export interface QuestionOption {
  readonly text: string;
  readonly correct: boolean;
}

interface QuestionBase {
  readonly id: QuestionId;
  readonly area: AreaId;
  readonly lesson: LessonId;
  /** Heading slug in the lesson that teaches the question. */
  readonly section: string;
  readonly difficulty: Difficulty;
  /** Markdown. */
  readonly prompt: string;
  /** Markdown. */
  readonly explanation: string;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly type: 'single' | 'multiple';
  readonly options: readonly QuestionOption[];
  /** When true the options keep their written order (e.g. "both of the first two"). */
  readonly fixedOrder: boolean;
}

export interface FillQuestion extends QuestionBase {
  readonly type: 'fill';
  readonly answers: readonly string[];
  readonly caseSensitive: boolean;
}

export type Question = ChoiceQuestion | FillQuestion;

/** A lesson heading, as listed in the table of contents. */
export interface LessonHeading {
  readonly depth: 2 | 3;
  readonly text: string;
  readonly slug: string;
}

/** What every view may know about a lesson without loading its body. */
export interface LessonMeta {
  readonly id: LessonId;
  readonly title: string;
  readonly area: AreaId;
  readonly order: number;
  readonly summary: string;
  readonly words: number;
  readonly readingMinutes: number;
  readonly headings: readonly LessonHeading[];
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  readonly lesson: LessonId;
  readonly section: string;
}
