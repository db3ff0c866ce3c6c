import type { Resource, UpdateResourceRequest } from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createAdaptation, createResource, removeResource, resourceKeys, updateResource, uploadVersion } from '../api';
import type { AdaptationBody, ResourceBody } from '../resourceForm';

/** The share of an upload sent so far (0 to 1), null when none is under way. */
function useUploadProgress() {
  const [progress, setProgress] = useState<number | null>(null);
  return { progress, onProgress: setProgress, reset: () => setProgress(null) };
}

/** A new resource shows in the lists; its own page is loaded from the answer. */
export function useCreateResource() {
  const queryClient = useQueryClient();
  const upload = useUploadProgress();
  const mutation = useMutation({
    mutationFn: ({ body, file }: { body: ResourceBody; file: File | null }) =>
      createResource(body, file, { onProgress: upload.onProgress }),
    onSettled: upload.reset,
    onSuccess: (resource) => {
      queryClient.setQueryData<Resource>(resourceKeys.detail(resource.id), resource);
      return queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
  return { ...mutation, progress: upload.progress };
}

/** An adaptation changes its source's count and the whole family's tree, wherever they are shown. */
export function useCreateAdaptation(sourceId: string) {
  const queryClient = useQueryClient();
  const upload = useUploadProgress();
  const mutation = useMutation({
    mutationFn: ({ body, file }: { body: AdaptationBody; file: File | null }) =>
      createAdaptation(sourceId, body, file, { onProgress: upload.onProgress }),
    onSettled: upload.reset,
    onSuccess: (resource) => {
      queryClient.setQueryData<Resource>(resourceKeys.detail(resource.id), resource);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.families() }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.detail(sourceId) }),
      ]);
    },
  });
  return { ...mutation, progress: upload.progress };
}

export function useUpdateResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateResourceRequest) => updateResource(id, body),
    onSuccess: (resource) => {
      queryClient.setQueryData<Resource>(resourceKeys.detail(id), resource);
      // Titles, languages and countries show in lists and in other resources' family trees.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.families() }),
      ]);
    },
  });
}

/** A removed resource stays in its family's tree, marked removed; everything about it is loaded again. */
export function useRemoveResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeResource(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: resourceKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: resourceKeys.all });
    },
  });
}

/** A new version replaces the file: the resource (its file) and its history change. */
export function useUploadVersion(id: string) {
  const queryClient = useQueryClient();
  const upload = useUploadProgress();
  const mutation = useMutation({
    mutationFn: ({ file, note }: { file: File; note: string }) =>
      uploadVersion(id, file, note, { onProgress: upload.onProgress }),
    onSettled: upload.reset,
    onSuccess: (resource) => {
      queryClient.setQueryData<Resource>(resourceKeys.detail(id), resource);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.versions(id) }),
      ]);
    },
  });
  return { ...mutation, progress: upload.progress };
}
