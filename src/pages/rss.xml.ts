// The main feed: the newest articles with their full text (src/data/feeds.ts).
import { mainFeedResponse } from '../data/feeds.ts';

export const GET = () => mainFeedResponse();
