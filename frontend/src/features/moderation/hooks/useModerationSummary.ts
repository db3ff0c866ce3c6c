import { useQuery } from '@tanstack/react-query';
import { moderationSummaryQuery } from '../api';

export const useModerationSummary = (enabled: boolean) => useQuery({ ...moderationSummaryQuery, enabled });
