/** Staff posts from sentences and post tables (title, FTE, grade, kind, until, cost, action). */
import type { Post } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parsePosts(input: ParseInput): Post[] {
  void input;
  return [];
}
