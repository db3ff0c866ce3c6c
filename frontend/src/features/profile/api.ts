import type { AccountExport, PublicProfile, UpdateProfileRequest, User } from '@pn/shared';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../lib/http';

export const profileKeys = {
  all: ['profiles'] as const,
  detail: (id: string) => [...profileKeys.all, id] as const,
};

export const publicProfileQuery = (id: string) =>
  queryOptions({
    queryKey: profileKeys.detail(id),
    queryFn: ({ signal }) => http.get<PublicProfile>(`/users/${encodeURIComponent(id)}`, { signal }),
  });

export const updateProfile = (body: UpdateProfileRequest) => http.patch<User>('/users/me', body);
export const exportAccount = () => http.get<AccountExport>('/users/me/export');
export const eraseAccount = () => http.delete('/users/me');

export const EXPORT_FILE_NAME = 'prevention-network-export.json';

/** Offers JSON to the browser as a file download. */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
