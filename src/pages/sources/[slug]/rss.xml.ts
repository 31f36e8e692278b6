// /sources/<slug>/rss.xml: the newest articles drawing on one source, with summaries.
import type { APIContext } from 'astro';
import { feedPaths, sourceFeeds, subjectFeedResponse, type SubjectFeed } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(sourceFeeds(), 'slug');
export const GET = ({ props }: APIContext<{ feed: SubjectFeed }>) => subjectFeedResponse(props.feed);
