// /series/<slug>/rss.xml: the parts of one series, newest first, with summaries.
import type { APIContext } from 'astro';
import type { FeedChannel } from '../../../lib/feeds/rss.ts';
import { feedPaths, seriesFeeds, subjectFeedResponse } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(seriesFeeds(), 'slug');
export const GET = ({ props }: APIContext<{ channel: FeedChannel }>) => subjectFeedResponse(props.channel);
