// /updates/rss.xml: the newest updates to articles, one item per update (src/data/feeds.ts).
import { updatesFeedResponse } from '../../data/feeds.ts';

export const GET = () => updatesFeedResponse();
