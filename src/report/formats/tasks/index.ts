/** `sterling tasks`' output formats: the table and the JSON document, over the selected tasks. */
import type { ReportFormat } from '../../../core/plugin/format.js';
import { selectTasks } from '../../../tasks/select.js';
import { jsonFormat } from '../json/index.js';
import { tableFormat } from '../table/index.js';
import { renderTasksJson } from './json.js';
import { renderTasksTable } from './table.js';

export function tasksFormat(
  id: 'table' | 'json',
  options: { budgetMinutes?: number; limit?: number },
): ReportFormat {
  if (id === 'json')
    return {
      ...jsonFormat,
      description: 'The ranked tasks as JSON (versioned schema: schema/tasks.schema.json).',
      render: (result) => renderTasksJson(result, selectTasks(result, options)),
    };
  return {
    ...tableFormat,
    description: 'The ranked tasks for the terminal: effort, gain, title, why and steps.',
    render: (result, o) => renderTasksTable(result, selectTasks(result, options), o),
  };
}
