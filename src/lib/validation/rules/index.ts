/**
 * Every validation rule, in the order their findings are reported for a file. To add a rule: write
 * rules/<id>.ts (id, description, example, check), list it here, give it a case in
 * tests/unit/validation/rules.test.ts, and run `npm run docs:rules` for docs/validation-rules.md.
 */
import type { FileRule, ProjectRule, Rule } from '../rule.ts';
import { authorBio } from './author-bio.ts';
import { authorExists } from './author-exists.ts';
import { bodyControlChars } from './body-control-chars.ts';
import { bodyLimits } from './body-limits.ts';
import { bodyRawHtml } from './body-raw-html.ts';
import { brandCase } from './brand-case.ts';
import { calendarDate } from './calendar-date.ts';
import { correctionsDates } from './corrections-dates.ts';
import { dateFuture } from './date-future.ts';
import { datesOrder } from './dates-order.ts';
import { doubledPunctuation } from './doubled-punctuation.ts';
import { duplicateId } from './duplicate-id.ts';
import { duplicateScripture } from './duplicate-scripture.ts';
import { editionLang } from './edition-lang.ts';
import { fileEncoding } from './file-encoding.ts';
import { fileLayout } from './file-layout.ts';
import { fileSize } from './file-size.ts';
import { figureSrc } from './figure-src.ts';
import { frontmatterSchema } from './frontmatter-schema.ts';
import { frontmatterSyntax } from './frontmatter-syntax.ts';
import { headingIds } from './heading-ids.ts';
import { idFormat } from './id-format.ts';
import { htmlAttribute } from './html-attribute.ts';
import { htmlElement } from './html-element.ts';
import { htmlUrl } from './html-url.ts';
import { imageAlt } from './image-alt.ts';
import { leadImageSrc } from './lead-image-src.ts';
import { linkScheme } from './link-scheme.ts';
import { mdxComponents } from './mdx-components.ts';
import { mdxEnv } from './mdx-env.ts';
import { mdxExport } from './mdx-export.ts';
import { mdxExpression } from './mdx-expression.ts';
import { mdxImports } from './mdx-imports.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { pagefindAttributes } from './pagefind-attributes.ts';
import { peopleNameClash } from './people-name-clash.ts';
import { peopleNearDuplicate } from './people-near-duplicate.ts';
import { pictureFile } from './picture-file.ts';
import { quoteInBody } from './quote-in-body.ts';
import { remoteImages } from './remote-images.ts';
import { scriptureReference } from './scripture-reference.ts';
import { scriptureSplitList } from './scripture-split-list.ts';
import { straightQuotes } from './straight-quotes.ts';
import { seriesDuplicatePart } from './series-duplicate-part.ts';
import { textCharacters } from './text-characters.ts';
import { topicClash } from './topic-clash.ts';
import { trailingPromotion } from './trailing-promotion.ts';
import { translationOf } from './translation-of.ts';
import { unbalancedQuotes } from './unbalanced-quotes.ts';
import { uncitedPassages } from './uncited-passages.ts';
import { unknownField } from './unknown-field.ts';
import { unquotedDate } from './unquoted-date.ts';
import { updatesDates } from './updates-dates.ts';
import { urlFormat } from './url-format.ts';

/** Rules over files that could not become content, then over each file alone, then across files. */
export const PROJECT_RULES: readonly ProjectRule[] = [fileLayout, fileSize, fileEncoding, authorExists, authorBio, duplicateId, translationOf, idFormat, leadImageSrc, pictureFile, seriesDuplicatePart, peopleNameClash, peopleNearDuplicate];

export const FILE_RULES: readonly FileRule[] = [
  frontmatterSyntax,
  frontmatterSchema,
  unknownField,
  calendarDate,
  textCharacters,
  urlFormat,
  editionLang,
  scriptureSplitList,
  scriptureReference,
  topicClash,
  duplicateScripture,
  datesOrder,
  dateFuture,
  correctionsDates,
  updatesDates,
  unquotedDate,
  bodyLimits,
  bodyControlChars,
  quoteInBody,
  bodyRawHtml,
  htmlElement,
  htmlAttribute,
  htmlUrl,
  pagefindAttributes,
  linkScheme,
  remoteImages,
  imageAlt,
  headingIds,
  mdxEnv,
  mdxImports,
  mdxExport,
  mdxExpression,
  mdxSyntax,
  mdxComponents,
  figureSrc,
  uncitedPassages,
  doubledPunctuation,
  straightQuotes,
  unbalancedQuotes,
  trailingPromotion,
  brandCase,
];

/** Every rule, in the order of the list in docs/validation-rules.md. */
export const RULES: readonly Rule[] = [...PROJECT_RULES.slice(0, 3), ...FILE_RULES, ...PROJECT_RULES.slice(3)];
