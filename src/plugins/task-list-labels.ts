/**
 * Names the checkboxes of GFM task lists. Markdown renders `- [x] item` as a disabled checkbox with
 * no label, which screen readers announce as an unnamed control (axe `label`); the name says its state.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** The plugin entry for `satteri({ hastPlugins: [taskListLabels()] })`. */
export default function taskListLabels(): HastPluginEntry {
  return defineHastPlugin({
    name: 'task-list-labels',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        const { type, checked, ariaLabel } = node.properties ?? {};
        if (type !== 'checkbox' || ariaLabel) return;
        ctx.setProperty(node, 'ariaLabel', checked ? 'Done' : 'Not done');
      },
    },
  });
}
