// /authors/<id>/rss.xml: the newest articles by one author, with summaries.
import type { APIContext } from 'astro';
import { authorFeeds, feedPaths, subjectFeedResponse, type SubjectFeed } from '../../../data/feeds.ts';

export const getStaticPaths = () => feedPaths(authorFeeds(), 'id');
export const GET = ({ props }: APIContext<{ feed: SubjectFeed }>) => subjectFeedResponse(props.feed);
