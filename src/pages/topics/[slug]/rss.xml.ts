// /topics/<slug>/rss.xml: the newest articles on one topic, with summaries.
import type { APIContext } from 'astro';
import { feedPaths, subjectFeedResponse, topicFeeds, type SubjectFeed } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(topicFeeds(), 'slug');
export const GET = ({ props }: APIContext<{ feed: SubjectFeed }>) => subjectFeedResponse(props.feed);
