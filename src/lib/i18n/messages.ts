/**
 * The shape every language's UI strings must have: the English table's keys, each with the same
 * kind of value (a string, a function with the same parameters, or plural forms). A table that
 * lacks a key or has one English does not is a type error where it is written (de.ts), and the
 * unit test tests/unit/i18n/messages.test.ts fails too.
 */
import type { PluralForms } from '../text/plural.ts';
import type { en } from './en.ts';

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : PluralForms;

/** One language's UI strings. */
export type Messages = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };

/** A key of the UI strings. */
export type MessageKey = keyof Messages;

/** The keys whose value is a noun's plural forms (`count.article`). */
export type CountKey = { [K in MessageKey]: Messages[K] extends PluralForms ? K : never }[MessageKey];
