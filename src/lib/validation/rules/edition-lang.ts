/** edition-lang: an article's `lang` is one of the site's editions (src/site.config.ts, src/schema/edition-fields.ts). */
import { schemaRule } from '../schema-rule.ts';

export const editionLang = schemaRule({
  id: 'edition-lang',
  description: 'An article\'s `lang` is the language of one of the site\'s editions (`en`, `de`); without it the article is in the default edition.',
  example: '"fr" is not an edition of this site',
  appliesTo: ['article'],
});
