export type {
  CpuAnalysis,
  CpuBlock,
  CpuInputFormat,
  CpuParseError,
  CpuParseErrorCode,
  CpuParseResult,
  CpuVendor,
  Finding,
  FindingSeverity,
  InstructionSet,
  ParsedCpuInput,
} from './types';
export type { CpuSample } from './samples';
export type { CpuFlagSection } from './sections';
export { MAX_CPU_INPUT_BYTES, parseCpuInput } from './parse-cpu-input';
export { analyzeCpu } from './analyze-cpu';
export { CPU_FLAG_SECTIONS } from './sections';
export { CPU_SAMPLES } from './samples';
