// /sources/<slug>/rss.xml: the newest articles drawing on one source, with summaries.
import type { APIContext } from 'astro';
import type { FeedChannel } from '../../../lib/feeds/rss.ts';
import { feedPaths, sourceFeeds, subjectFeedResponse } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(sourceFeeds(), 'slug');
export const GET = ({ props }: APIContext<{ channel: FeedChannel }>) => subjectFeedResponse(props.channel);
