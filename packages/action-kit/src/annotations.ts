import { escapeCommandData, escapeCommandProperty, plainText, stripInvisible, truncate } from './escape.js';
import { truncateUtf8 } from './summary.js';

/**
 * Workflow annotations within GitHub's display budget.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per
 * step; the rest are silently dropped. `emitAnnotations` therefore picks the
 * most severe first (caller order kept within a level), at most 10 per level,
 * and when anything is left out it spends one notice slot (reserved for it)
 * on a single "N more …" notice that says where the rest are.
 *
 * Every line is one workflow command: properties go through
 * `escapeCommandProperty`, the message through `escapeCommandData`, after
 * invisible characters are stripped, so report content cannot end the command
 * early or start another one.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Path relative to the repository root (forward slashes). */
  file?: string;
  startLine?: number;
  endLine?: number;
}

export const ANNOTATION_LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/** Annotations GitHub displays per step and level. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Longest message emitted, in UTF-8 bytes (longer ones are cut with `…`). */
export const MAX_ANNOTATION_MESSAGE_BYTES = 4096;

/** Longest title, in characters. */
export const MAX_ANNOTATION_TITLE_CHARS = 255;

export interface EmitAnnotationsOptions {
  /** The overflow notice's text, given how many annotations were left out. */
  overflowMessage: (omitted: number) => string;
  /** Title of the overflow notice. */
  overflowTitle?: string;
  /** Receives each workflow command line (default: stdout). */
  write?: (line: string) => void;
  /** Per-level limit (default 10). */
  perLevel?: number;
  /**
   * Slots per level kept free for what the step emits afterwards (e.g. the error of
   * a failed gate, which GitHub would otherwise drop as the 11th error).
   */
  reserve?: Partial<Record<AnnotationLevel, number>>;
}

export interface EmitAnnotationsResult {
  /** Caller annotations emitted (the overflow notice is not counted). */
  emitted: number;
  /** Caller annotations left out (announced by the overflow notice). */
  omitted: number;
}

function positiveLine(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** `value` has had its invisible characters removed by the caller (a title also had its mentions neutralised). */
function cleanProperty(value: string): string {
  // Properties are single values: fold line breaks before escaping so titles stay on one line.
  return escapeCommandProperty(value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' '));
}

/** One workflow command line for an annotation (no trailing newline). */
export function formatAnnotation(annotation: Annotation): string {
  const properties: string[] = [];
  const file = annotation.file ? stripInvisible(annotation.file).trim() : '';
  if (file) {
    properties.push(`file=${cleanProperty(file)}`);
    const line = positiveLine(annotation.startLine);
    if (line !== undefined) {
      properties.push(`line=${line}`);
      const endLine = positiveLine(annotation.endLine);
      if (endLine !== undefined && endLine >= line) properties.push(`endLine=${endLine}`);
    }
  }
  if (annotation.title) {
    const title = truncate(plainText(annotation.title).trim(), MAX_ANNOTATION_TITLE_CHARS);
    if (title) properties.push(`title=${cleanProperty(title)}`);
  }
  const message = escapeCommandData(truncateUtf8(plainText(annotation.message), MAX_ANNOTATION_MESSAGE_BYTES));
  const level = ANNOTATION_LEVELS.includes(annotation.level) ? annotation.level : 'notice';
  return `::${level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${message}`;
}

/** Which annotations fit the budget: most severe level first, caller order within a level. */
export function selectAnnotations(
  annotations: readonly Annotation[],
  perLevel = ANNOTATIONS_PER_LEVEL,
  reserve: Partial<Record<AnnotationLevel, number>> = {},
): { selected: Annotation[]; omitted: number } {
  const byLevel = new Map<AnnotationLevel, Annotation[]>(ANNOTATION_LEVELS.map((level) => [level, []]));
  for (const annotation of annotations) {
    const level = ANNOTATION_LEVELS.includes(annotation.level) ? annotation.level : 'notice';
    byLevel.get(level)?.push(annotation);
  }
  const errors = byLevel.get('error') ?? [];
  const warnings = byLevel.get('warning') ?? [];
  const notices = byLevel.get('notice') ?? [];
  const slots = (level: AnnotationLevel) => Math.max(0, perLevel - Math.max(0, reserve[level] ?? 0));
  const overflow =
    errors.length > slots('error') || warnings.length > slots('warning') || notices.length > slots('notice');
  // When anything is left out, one notice slot goes to the overflow notice.
  const noticeSlots = overflow ? Math.max(0, slots('notice') - 1) : slots('notice');
  const selected = [
    ...errors.slice(0, slots('error')),
    ...warnings.slice(0, slots('warning')),
    ...notices.slice(0, noticeSlots),
  ];
  return { selected, omitted: annotations.length - selected.length };
}

export function emitAnnotations(
  annotations: readonly Annotation[],
  options: EmitAnnotationsOptions,
): EmitAnnotationsResult {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const { selected, omitted } = selectAnnotations(annotations, perLevel, options.reserve ?? {});
  for (const annotation of selected) write(formatAnnotation(annotation));
  if (omitted > 0) {
    write(
      formatAnnotation({
        level: 'notice',
        title: options.overflowTitle ?? `${omitted} more not shown as annotations`,
        message: options.overflowMessage(omitted),
      }),
    );
  }
  return { emitted: selected.length, omitted };
}
