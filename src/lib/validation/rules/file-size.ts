/** file-size: a content file over the limit is refused before it is read (a 50 MB file once ran validation out of memory). */
import { MAX_FILE_BYTES } from '../../content/layout.ts';
import type { ProjectRule } from '../rule.ts';

export const fileSize: ProjectRule = {
  id: 'file-size',
  description: `A content file has at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes, checked before it is read.`,
  example: `is 9,000,000 bytes, more than the ${MAX_FILE_BYTES.toLocaleString('en')} a content file may have`,
  severity: 'error',
  scope: 'project',
  check: (project) => project.skipped.filter((file) => file.reason === 'size').map(({ path, message, fix }) => ({ file: path, field: '(file)', message, fix })),
};
