/** Public entry of the content schemas. */
export * from './article.ts';
export * from './author.ts';
export * from './newsroom.ts';
export { calendarDay, httpUrl, isHttpUrl } from './fields.ts';
