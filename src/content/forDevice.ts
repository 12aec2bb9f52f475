import type { DeviceKind } from './schemas/ids';

/**
 * A content entry (a step, a light pattern) in the words for the user's kind of device: its
 * `forDevice` wording where that kind has some, its general words everywhere else.
 */
export function forDevice<T extends { forDevice?: Partial<Record<DeviceKind, object>> }>(
  entry: T,
  device: DeviceKind | undefined,
): T {
  const own = device ? entry.forDevice?.[device] : undefined;
  return own ? { ...entry, ...own } : entry;
}
