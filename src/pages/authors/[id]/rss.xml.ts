// /authors/<id>/rss.xml: the newest articles by one author, with summaries.
import type { APIContext } from 'astro';
import type { FeedChannel } from '../../../lib/feeds/rss.ts';
import { authorFeeds, feedPaths, subjectFeedResponse } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(authorFeeds(), 'id');
export const GET = ({ props }: APIContext<{ channel: FeedChannel }>) => subjectFeedResponse(props.channel);
