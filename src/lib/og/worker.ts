// Renderer process (started by drawer.ts): draws the cards it is sent into the cache, until done or
// until its resident memory passes the bound, then tells how many it drew and exits.
import { renderOgImage } from './render.ts';
import { storeInCache } from './cache.ts';
import { shouldRecycle, type DrawerMessage } from './drawer.ts';
import type { OgCard } from './card.ts';

process.once('message', async (message: { cards: OgCard[]; cacheDir: string; rssLimitMiB: number }) => {
  const { cards, cacheDir, rssLimitMiB } = message;
  const started = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  let count = 0;
  let type: DrawerMessage['type'] = 'drawn';
  for (const card of cards) {
    storeInCache(card, renderOgImage(card), cacheDir);
    count++;
    // Let the event loop turn: the canvas frees each card's 3 MB pixel buffer in a finaliser that runs only then.
    await new Promise((resolve) => setImmediate(resolve));
    if (shouldRecycle(process.memoryUsage.rss(), rssLimitMiB, cards.length - count)) {
      type = 'recycle';
      break;
    }
  }
  const reply: DrawerMessage = { type, count, cpuMs: cpuMs(), rssMiB: Math.round(process.memoryUsage.rss() / 1024 / 1024) };
  process.send!(reply, () => process.disconnect());
});
