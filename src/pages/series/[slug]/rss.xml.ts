// /series/<slug>/rss.xml: the parts of one series, newest first, with summaries.
import type { APIContext } from 'astro';
import { feedPaths, seriesFeeds, subjectFeedResponse, type SubjectFeed } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(seriesFeeds(), 'slug');
export const GET = ({ props }: APIContext<{ feed: SubjectFeed }>) => subjectFeedResponse(props.feed);
