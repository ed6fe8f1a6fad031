import { isBlank, type AnswerRecord, type AnswerState } from '../../domain/assessment/answer';
import { computeVisibility, type Visibility } from '../../domain/conditions/visibility';
import type { QuestionnaireIndex } from '../../domain/questionnaire/questionnaire-index';
import { computeProgress, type Progress, type Validate } from '../../domain/validation/progress';
import {
  validateAnswer,
  type AnswerIssue,
  type ValidationContext,
} from '../../domain/validation/validate-answer';
import { conditionReferences } from '../../domain/questionnaire/condition';
import { isoDay } from '../../domain/validation/today';
import { usableAnswers } from '../../domain/validation/record-gate';
import type { SaveOutcome } from '../../storage/answers-repo';
import { StorageError } from '../../storage/storage-error';

/** How long after the last change the areas' counts and the outstanding list follow. */
export const PROGRESS_DELAY_MS = 120;

/** Every question any area, group or question condition reads. */
function referencedQuestions(index: QuestionnaireIndex): Set<string> {
  const conditions = [
    ...index.containers.map((c) => c.condition),
    ...index.questions.map((e) => e.question.condition),
  ];
  return new Set(conditions.flatMap((c) => (c ? conditionReferences(c) : [])));
}

export type SaveStatus =
  { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'error'; error: unknown };

export interface SessionOptions {
  assessmentId: string;
  index: QuestionnaireIndex;
  /** The roster's agencies; "today" for date bounds comes from `now`. */
  validation: Omit<ValidationContext, 'today'>;
  save: (records: AnswerRecord[]) => Promise<SaveOutcome>;
  now: () => number;
  /**
   * A synchronous copy of the edits not yet written, kept on every edit (see AnswerJournal), so a
   * reload or a closed tab loses nothing; returns false when it could not be kept.
   */
  keepUnwritten?: (records: AnswerRecord[]) => boolean;
  /** False while the disk is nearly full: edits stay in the page and the journal, unwritten. */
  mayWrite?: () => boolean;
  /** Told when a write fails, with the error (the disk may be full). */
  onWriteFailed?: (error: unknown) => void;
  /** How long edits gather after the last one before one write. */
  debounceMs?: number;
  /** The longest an edit waits while typing goes on without a pause. */
  maxWaitMs?: number;
}

/**
 * The answers of one assessment while it is being filled in: what is stored, merged with local
 * edits not yet written. Components subscribe to just what they show; writes are batched.
 */
export class AnswerSession {
  private answers = new Map<string, AnswerState>();
  private stamps = new Map<string, number>();
  private authors = new Map<string, string>();
  private pending = new Map<string, AnswerRecord>();
  /** Stored answers that did not pass the gate: shown, never used (see setAside). */
  private refused: { record: AnswerRecord; reason: string }[] = [];
  /** Records being written, by question: kept in the journal until the write is confirmed. */
  private unwritten = new Map<string, AnswerRecord>();
  private listeners = new Set<() => void>();
  private externalListeners = new Set<(questionId: string, state: AnswerState) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  private journaled = true;
  private derivedProgress: Progress | undefined;
  private progressListeners = new Set<() => void>();
  private progressVersion = 0;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  /** What is shown, kept while only answers no condition reads change (see changed). */
  private keptVisibility: Visibility | undefined;
  /** Every question a condition reads: a change of another answer cannot change what is shown. */
  private referenced: ReadonlySet<string>;
  /** The issues of each answer as last checked, on the day checked: an unchanged answer is not checked again. */
  private checked = new Map<string, { state: AnswerState | undefined; day: string; issues: AnswerIssue[] }>();
  private status: SaveStatus = { state: 'saved' };
  private version = 0;
  private author = '';

  constructor(private options: SessionOptions) {
    this.referenced = referencedQuestions(options.index);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Told when a stored answer replaces what is shown (another tab, or a stale local edit). */
  onExternalChange(listener: (questionId: string, state: AnswerState) => void): () => void {
    this.externalListeners.add(listener);
    return () => this.externalListeners.delete(listener);
  }

  /** The name stamped on the next edits (from settings). */
  setAuthor(name: string): void {
    this.author = name;
  }

  /**
   * The questionnaire grew: opened with one area (and those its conditions need), then the whole of
   * it once read. Stored answers of the new areas come with the next applyStored.
   */
  setIndex(index: QuestionnaireIndex): void {
    this.options = { ...this.options, index };
    this.referenced = referencedQuestions(index);
    this.changed();
  }

  getVersion = () => this.version;
  getStatus = () => this.status;
  get(questionId: string): AnswerState | undefined {
    return this.answers.get(questionId);
  }
  /** When the answer shown was last changed (stored or edited here); undefined for none. */
  stampOf(questionId: string): number | undefined {
    return this.stamps.get(questionId);
  }
  all(): ReadonlyMap<string, AnswerState> {
    return this.answers;
  }

  visibility(): Visibility {
    this.keptVisibility ??= computeVisibility(this.options.index, this.answers);
    return this.keptVisibility;
  }
  progress(): Progress {
    if (!this.derivedProgress) {
      const validation = { ...this.options.validation, today: isoDay(this.options.now()) };
      this.derivedProgress = computeProgress(
        this.options.index,
        this.visibility(),
        this.answers,
        validation,
        this.validate,
      );
    }
    return this.derivedProgress;
  }

  /**
   * Told when progress may have changed: shortly after the last change, not on every keystroke, so
   * that typing re-renders the question typed in and not the areas' counts and the outstanding list.
   */
  subscribeProgress = (listener: () => void) => {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  };
  getProgressVersion = () => this.progressVersion;

  /** validateAnswer, remembering its outcome while an answer (and the day) stay the same. */
  private validate: Validate = (question, state, ctx) => {
    const kept = this.checked.get(question.id);
    if (kept && kept.state === state && kept.day === ctx.today) return kept.issues;
    const issues = validateAnswer(question, state, ctx);
    this.checked.set(question.id, { state, day: ctx.today, issues });
    return issues;
  };

  /** `questionId`: the one answer edited; what is shown is kept unless a condition reads it. */
  private changed(questionId?: string) {
    if (questionId === undefined || this.referenced.has(questionId)) this.keptVisibility = undefined;
    this.derivedProgress = undefined;
    clearTimeout(this.progressTimer);
    this.progressTimer = setTimeout(() => {
      this.progressVersion++;
      for (const l of this.progressListeners) l();
    }, PROGRESS_DELAY_MS);
    this.version++;
    for (const l of this.listeners) l();
  }

  /** Stored answers that do not fit the questionnaire (an older app, or an edit outside the app). */
  setAside(): readonly { record: AnswerRecord; reason: string }[] {
    return this.refused;
  }

  /** Takes stored records in: newer ones replace what is shown unless a local edit is waiting. */
  applyStored(records: readonly AnswerRecord[]): void {
    let any = false;
    const owner = {
      id: this.options.assessmentId,
      roster: [...this.options.validation.agencyIds].map((id) => ({ id })),
    };
    const { usable, setAside } = usableAnswers(records, owner, this.options.index);
    for (const refused of setAside)
      if (!this.refused.some((r) => r.record.questionId === refused.record.questionId)) {
        this.refused = [...this.refused, refused];
        any = true;
      }
    for (const r of usable) {
      const known = this.stamps.get(r.questionId);
      if (known !== undefined && known >= r.updatedAt) continue;
      if (this.pending.has(r.questionId) || this.unwritten.has(r.questionId)) continue;
      const { value, special, comment, evidence } = r;
      const state: AnswerState = { value, special, comment, evidence };
      this.answers.set(r.questionId, state);
      this.stamps.set(r.questionId, r.updatedAt);
      this.authors.set(r.questionId, r.author);
      for (const l of this.externalListeners) l(r.questionId, state);
      any = true;
    }
    if (any) this.changed();
  }

  /** A local edit: shown at once, written within the debounce. */
  set(questionId: string, state: AnswerState): void {
    const previous = this.answers.get(questionId);
    if (previous === undefined && isBlank(state)) return;
    this.answers.set(questionId, state);
    const updatedAt = Math.max(this.options.now(), (this.stamps.get(questionId) ?? 0) + 1);
    this.stamps.set(questionId, updatedAt);
    this.authors.set(questionId, this.author);
    this.pending.set(questionId, {
      assessmentId: this.options.assessmentId,
      questionId,
      updatedAt,
      author: this.author,
      ...state,
    });
    this.keep();
    this.setStatus({ state: 'pending' });
    this.changed(questionId);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 300);
    // Typing without a pause would put the write off for ever: it happens within maxWait regardless.
    this.maxTimer ??= setTimeout(() => void this.flush(), this.options.maxWaitMs ?? 1000);
  }

  /** Every edit not yet confirmed written, in the synchronous journal. */
  private keep(): void {
    const keep = this.options.keepUnwritten;
    if (!keep) return;
    // One record per question: an edit made while the previous one is being written is newer.
    this.journaled = keep([...new Map([...this.unwritten, ...this.pending]).values()]);
  }

  /** Writes every waiting edit now (also called on pagehide and when the tab is hidden). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.maxTimer);
    this.maxTimer = undefined;
    if (this.pending.size === 0) return;
    if (this.options.mayWrite && !this.options.mayWrite()) {
      this.setStatus({
        state: 'error',
        error: new StorageError(
          'quota',
          'the disk is nearly full: the app stopped writing to protect what is saved',
        ),
      });
      return;
    }
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const r of batch) this.unwritten.set(r.questionId, r);
    this.setStatus({ state: 'saving' });
    try {
      const { stale } = await this.options.save(batch);
      for (const r of batch) if (this.unwritten.get(r.questionId) === r) this.unwritten.delete(r.questionId);
      this.keep();
      // Stored answers newer than ours (another tab) win, and are shown.
      this.applyStored(stale);
      this.setStatus(this.pending.size > 0 ? { state: 'pending' } : { state: 'saved' });
    } catch (error) {
      // Keep the edits: put them back unless newer ones were made meanwhile, and say so.
      for (const r of batch) {
        if (this.unwritten.get(r.questionId) === r) this.unwritten.delete(r.questionId);
        if (!this.pending.has(r.questionId)) this.pending.set(r.questionId, r);
      }
      this.keep();
      this.setStatus({ state: 'error', error });
      this.options.onWriteFailed?.(error);
    }
  }

  /** Every answer as this page knows it, stored or not yet: for a rescue file when storage fails. */
  snapshot(): AnswerRecord[] {
    return [...this.answers].map(([questionId, state]) => ({
      ...state,
      assessmentId: this.options.assessmentId,
      questionId,
      updatedAt: this.stamps.get(questionId) ?? 0,
      author: this.authors.get(questionId) ?? '',
    }));
  }

  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.unwritten.size > 0;
  }

  /** Edits not yet written that the journal could not keep either: leaving now would lose them. */
  atRisk(): boolean {
    return this.hasUnsaved() && !this.journaled;
  }

  private setStatus(status: SaveStatus) {
    if (this.status.state === status.state && status.state !== 'error') return;
    this.status = status;
    for (const l of this.listeners) l();
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.progressTimer);
    this.progressListeners.clear();
    clearTimeout(this.maxTimer);
    this.listeners.clear();
    this.externalListeners.clear();
  }
}
