// The site components every MDX article may use without importing them.
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import type { MDX_PROVIDED_COMPONENTS } from '../lib/content/layout.ts';

export const mdxComponents: Record<(typeof MDX_PROVIDED_COMPONENTS)[number], unknown> = { Callout, Figure };
