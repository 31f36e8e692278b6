/** file-encoding: Astro reads content as UTF-8; anything else would be published as garbage, or is not text. */
import type { ProjectFinding, ProjectRule } from '../rule.ts';

export const fileEncoding: ProjectRule = {
  id: 'file-encoding',
  description: 'Content files are text saved as UTF-8 (not UTF-16, Latin-1 or binary); the message names the first bad byte.',
  example: 'file is not valid UTF-8: byte 0xE9 at byte offset 14 (line 2, column 11)',
  severity: 'error',
  scope: 'project',
  check(project) {
    const findings: ProjectFinding[] = project.skipped
      .filter((file) => file.reason === 'encoding')
      .map(({ path, message, fix }) => ({ file: path, field: '(file)', message, fix }));
    for (const { source } of project.files) {
      if (!source.invalidUtf8) continue;
      const { offset, line, column, byte, latin1 } = source.invalidUtf8;
      const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      findings.push({
        file: source.path,
        line,
        field: '(file)',
        message: `file is not valid UTF-8: byte ${hex} at byte offset ${offset} (line ${line}, column ${column})`,
        fix: `save the file as UTF-8${latin1 ? ` (in Latin-1 or Windows-1252 that byte is "${latin1}")` : ''}`,
      });
    }
    return findings;
  },
};
