/** Plain-text article import (`npm run import`): pure functions, no file system. */
export { importArticle } from './import-article.ts';
export {
  ImportError,
  type ImportOptions,
  type ImportResult,
  type ImportedFrontmatter,
  type ImportedQuote,
  type ImportLanguageCode,
  type KnownAuthor,
  type NewAuthor,
  type Step,
} from './types.ts';
export { renderArticle, renderAuthor, MISSING_FIELD_COMMENTS } from './render.ts';
export { findScripture, findBookLists, type ScriptureMention } from './scripture.ts';
export { dateAtEnd } from './dates.ts';
export { scanQuotes, attributionLine, quotedParagraph } from './quotes.ts';
export { titleCase, roleLabel, roleBeforeName } from './names.ts';
export { structureProblem, type PlannedBlock } from './body.ts';
export { importerLanguage, isImportLanguage, IMPORT_LANGUAGES } from './languages.ts';
export { type ImporterLanguage } from './language.ts';
export { ENGLISH_IMPORT } from './language-en.ts';
export { GERMAN_IMPORT } from './language-de.ts';
