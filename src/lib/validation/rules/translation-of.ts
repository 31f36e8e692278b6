/**
 * translation-of: `translationOf: <lang>/<id>` names an article that exists, in another edition, and
 * one article has at most one translation per edition. Translations link both ways and through each
 * other: the articles linked by `translationOf` (on either side) form one group, one article per edition.
 */
import { closestMatch } from '../../text/suggest.ts';
import { idFromPath } from '../../content/layout.ts';
import { EDITION_LANGS, isEditionLang } from '../../../schema/edition-fields.ts';
import { shortenValue } from '../problems.ts';
import type { FileSummary, ProjectFinding, ProjectRule } from '../rule.ts';
import { translationGroups, type EditionArticle } from '../../content/translations.ts';

export const translationOf: ProjectRule = {
  id: 'translation-of',
  description: '`translationOf: <lang>/<id>` names an existing article of another edition, and no edition has two translations of one article.',
  example: 'no article "a-treaty-signed" in the de edition',
  severity: 'error',
  scope: 'project',
  check(project) {
    const articles = project.files.filter((file): file is FileSummary & { article: NonNullable<FileSummary['article']> } => file.kind === 'article' && file.article !== undefined);
    const key = (lang: string, id: string) => `${lang}/${id}`;
    const byKey = new Map(articles.map((file) => [key(file.article.lang, idFromPath(file.path)), file]));
    const findings: ProjectFinding[] = [];
    const linked: EditionArticle[] = [];
    for (const file of articles) {
      const ref = file.article.translationOf;
      const own = { lang: file.article.lang, id: idFromPath(file.path) };
      linked.push({ ...own, file: file.path });
      if (!ref) continue;
      const at = { file: file.path, line: file.lines?.translationOf, field: 'translationOf', value: shortenValue(`${ref.lang}/${ref.id}`) };
      if (!isEditionLang(ref.lang)) {
        findings.push({ ...at, message: `"${ref.lang}" is not an edition of this site`, fix: `use one of: ${EDITION_LANGS.join(', ')}` });
      } else if (ref.lang === own.lang) {
        findings.push({ ...at, message: `is in this article's own edition (${own.lang}); a translation is the same article in another edition`, fix: `name the article in the other edition, e.g. translationOf: ${EDITION_LANGS.find((lang) => lang !== own.lang) ?? own.lang}/${own.id}` });
      } else if (!byKey.has(key(ref.lang, ref.id))) {
        const ids = articles.filter((other) => other.article.lang === ref.lang).map((other) => idFromPath(other.path));
        const guess = closestMatch(ref.id, ids);
        findings.push({ ...at, message: `no article "${ref.id}" in the ${ref.lang} edition`, fix: guess ? `did you mean "${ref.lang}/${guess}"?` : `write the id (file name) of an article whose lang is ${ref.lang}` });
      } else {
        linked[linked.length - 1]!.translationOf = ref;
      }
    }
    for (const group of translationGroups(linked)) {
      for (const lang of new Set(group.map((member) => member.lang))) {
        const same = group.filter((member) => member.lang === lang);
        if (same.length < 2) continue;
        for (const member of same) {
          const others = same.filter((other) => other !== member).map((other) => other.file).join(', ');
          const line = byKey.get(key(member.lang, member.id));
          findings.push({
            file: member.file,
            line: line?.lines?.translationOf,
            field: 'translationOf',
            ...(line?.article.translationOf ? { value: shortenValue(`${line.article.translationOf.lang}/${line.article.translationOf.id}`) } : {}),
            message: `another article of the ${lang} edition is a translation of the same article: ${others}`,
            fix: 'an article has one translation per edition: remove translationOf from one of them, or point it at another article',
          });
        }
      }
    }
    return findings;
  },
};
