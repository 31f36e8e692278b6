// /scripture/<book>/rss.xml: the newest articles citing one book of scripture, with summaries.
import type { APIContext } from 'astro';
import type { FeedChannel } from '../../../lib/feeds/rss.ts';
import { bookFeeds, feedPaths, subjectFeedResponse } from '../../../data/feeds.ts';
import { buildUsesScriptureSegment } from '../../../data/scripture-routes.ts';

export const getStaticPaths = async () => ((await buildUsesScriptureSegment('scripture')) ? feedPaths(bookFeeds(), 'book') : []);
export const GET = ({ props }: APIContext<{ channel: FeedChannel }>) => subjectFeedResponse(props.channel);
