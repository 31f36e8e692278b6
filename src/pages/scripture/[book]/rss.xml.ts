// /scripture/<book>/rss.xml: the newest articles citing one book of scripture, with summaries.
import type { APIContext } from 'astro';
import { bookFeeds, feedPaths, subjectFeedResponse, type SubjectFeed } from '../../../data/feeds.ts';
import { buildUsesScriptureSegment } from '../../../data/scripture-routes.ts';

export const getStaticPaths = async () => ((await buildUsesScriptureSegment('scripture')) ? feedPaths(bookFeeds(), 'book') : []);
export const GET = ({ props }: APIContext<{ feed: SubjectFeed }>) => subjectFeedResponse(props.feed);
