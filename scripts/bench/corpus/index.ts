// The corpus generator's public surface (the command is ../corpus.ts).
export { DEFAULT_SEED, AUTHOR_COUNT, TOPIC_COUNT, TAIL_WORDS, FIRST_YEAR, LAST_YEAR, type ArticleInfo, type Corpus, type CorpusFile } from './shape.ts';
export { mulberry32 } from './random.ts';
export { articleId, generateArticle, isDraftIndex, isMdxIndex } from './article.ts';
export { corpusFiles, generateCorpus, writeCorpus, type WrittenCorpus } from './write.ts';
export { authorNames, tailWord } from './world.ts';
export { germanShare, isGermanIndex, translationTarget, type EditionShare } from './edition.ts';
