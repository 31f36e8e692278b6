// /topics/<slug>/rss.xml: the newest articles on one topic, with summaries.
import type { APIContext } from 'astro';
import type { FeedChannel } from '../../../lib/feeds/rss.ts';
import { feedPaths, subjectFeedResponse, topicFeeds } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(topicFeeds(), 'slug');
export const GET = ({ props }: APIContext<{ channel: FeedChannel }>) => subjectFeedResponse(props.channel);
