/**
 * Names the checkboxes of GFM task lists. Markdown renders `- [x] item` as a disabled checkbox with
 * no label, which screen readers announce as an unnamed control (axe `label`); the name says its state,
 * in the edition's language (`labels`, from the strings table's `task.done` and `task.not-done`).
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** The names of a ticked and an unticked box. */
export interface TaskListLabels {
  done: string;
  notDone: string;
}

const ENGLISH: TaskListLabels = { done: 'Done', notDone: 'Not done' };

/** The plugin entry for `satteri({ hastPlugins: [taskListLabels(labels)] })`; English when no labels are given. */
export default function taskListLabels(labels: TaskListLabels = ENGLISH): HastPluginEntry {
  return defineHastPlugin({
    name: 'task-list-labels',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        const { type, checked, ariaLabel } = node.properties ?? {};
        if (type !== 'checkbox' || ariaLabel) return;
        ctx.setProperty(node, 'ariaLabel', checked ? labels.done : labels.notDone);
      },
    },
  });
}
