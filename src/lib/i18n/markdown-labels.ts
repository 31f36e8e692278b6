/**
 * The words the Markdown renderer writes itself, in an edition's language: the GFM footnotes' heading
 * and back-link label (Sätteri's `gfm.footnotes` option) and the task-list checkbox names
 * (src/plugins/task-list-labels.ts). astro.config.mjs sets them from the build's edition:
 * `satteri({ features: { gfm: { footnotes: labels.footnotes } }, hastPlugins: [..., taskListLabels(labels.taskList)] })`.
 */
import type { Messages } from './messages.ts';

export interface MarkdownLabels {
  /** Sätteri's FootnoteOptions: `{reference}` becomes the reference number (`1`, `1-2`). */
  footnotes: { label: string; backLabel: string };
  taskList: { done: string; notDone: string };
}

export function markdownLabels(messages: Messages): MarkdownLabels {
  return {
    footnotes: { label: messages['footnotes.label'], backLabel: messages['footnotes.back']('{reference}') },
    taskList: { done: messages['task.done'], notDone: messages['task.not-done'] },
  };
}
