import { useQuery } from '@tanstack/react-query';
import { publicProfileQuery } from '../api';

export function usePublicProfile(id: string) {
  return useQuery(publicProfileQuery(id));
}
