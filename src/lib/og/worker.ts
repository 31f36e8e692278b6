// Renderer process (started by drawer.ts): draws the cards it is sent into the cache, until done or
// until its resident memory passes the bound, then tells how many it drew and exits.
import { renderOgImage } from './render.ts';
import { storeInCache } from './cache.ts';
import { shouldRecycle, type DrawerMessage } from './drawer.ts';
import type { OgCard } from './card.ts';

process.once('message', async (message: { cards: OgCard[]; cacheDir: string; rssLimitMiB: number }) => {
  const { cards, cacheDir, rssLimitMiB } = message;
  let count = 0;
  let reply: DrawerMessage = { type: 'drawn', count };
  for (const card of cards) {
    storeInCache(card, renderOgImage(card), cacheDir);
    count++;
    // Let the event loop turn: the canvas frees each card's 3 MB pixel buffer in a finaliser that runs only then.
    await new Promise((resolve) => setImmediate(resolve));
    const rss = process.memoryUsage.rss();
    if (shouldRecycle(rss, rssLimitMiB, cards.length - count)) {
      reply = { type: 'recycle', count, rssMiB: Math.round(rss / 1024 / 1024) };
      break;
    }
    reply = { type: 'drawn', count };
  }
  process.send!(reply, () => process.disconnect());
});
