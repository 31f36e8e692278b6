/**
 * remote-images: an image on another host would make every reader's browser call it (and the CSP
 * blocks it anyway), unless the host is listed in the site config's remoteImageHosts.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { isRemoteUrl, isSafeLinkUrl } from '../../markdown/links.ts';
import { shortenValue } from '../problems.ts';
import { site } from '../../../site.config.ts';
import type { FileRule, Finding } from '../rule.ts';

function hostOf(url: string): string {
  try {
    return new URL(url.trim().replace(/^[\\/]{2}/, 'https://')).hostname;
  } catch {
    return '';
  }
}

export function remoteImageProblems(facts: Pick<BodyFacts, 'links'>, bodyLine: number, allowedHosts: readonly string[]): Finding[] {
  return facts.links
    .filter(({ url, kind }) => kind === 'image' && isSafeLinkUrl(url) && isRemoteUrl(url) && !allowedHosts.includes(hostOf(url)))
    .map(({ line, url }) => ({
      line: bodyLine + line - 1,
      field: '(body)',
      value: shortenValue(url),
      message: `the image is on another host (${hostOf(url) || 'unknown host'}): every reader's browser would request it from there`,
      fix: 'download the image into the repository next to the article and link it with a relative path (![alt](./picture.jpg)); or, to accept the request, list the host in remoteImageHosts in src/site.config.ts',
    }));
}

export const remoteImages: FileRule = {
  id: 'remote-images',
  description: 'Images are kept beside the article, not loaded from another host (unless the host is in remoteImageHosts in src/site.config.ts).',
  example: "the image is on another host (img.example): every reader's browser would request it from there",
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? remoteImageProblems(file.bodyFacts, file.bodyLine, site.remoteImageHosts) : []),
};
