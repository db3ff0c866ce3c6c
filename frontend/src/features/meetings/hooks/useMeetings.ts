import type { CreateMeetingRequest, Meeting, MeetingResponse, UpdateMeetingRequest } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import {
  answerMeeting,
  calendarFeedQuery,
  cancelMeeting,
  createMeeting,
  groupMeetingsQuery,
  librarySearchQuery,
  meetingKeys,
  meetingQuery,
  myMeetingsQuery,
  renewCalendarFeed,
  updateMeeting,
  type MeetingWhen,
} from '../api';

export const useGroupMeetings = (slug: string, when: MeetingWhen, enabled = true) =>
  usePagedQuery({ ...groupMeetingsQuery(slug, when), enabled });

export const useMyMeetings = (limit?: number) => usePagedQuery(myMeetingsQuery(limit));

export const useMeeting = (id: string) => useQuery(meetingQuery(id));

export const useCalendarFeed = (enabled: boolean) => useQuery({ ...calendarFeedQuery(), enabled });

export const useLibrarySearch = (q: string) => useQuery(librarySearchQuery(q));

/** A meeting changed: its page from the answer, and every list again. */
function useMeetingSaved() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => {
    queryClient.setQueryData<Meeting>(meetingKeys.detail(meeting.id), meeting);
    return queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
  };
}

export function useCreateMeeting(slug: string) {
  const saved = useMeetingSaved();
  return useMutation({ mutationFn: (body: CreateMeetingRequest) => createMeeting(slug, body), onSuccess: saved });
}

export function useUpdateMeeting(id: string) {
  const saved = useMeetingSaved();
  return useMutation({ mutationFn: (body: UpdateMeetingRequest) => updateMeeting(id, body), onSuccess: saved });
}

export function useCancelMeeting(id: string) {
  const saved = useMeetingSaved();
  return useMutation({ mutationFn: () => cancelMeeting(id), onSuccess: saved });
}

/** An answer changes the counts and the lists: the meeting is read again. */
export function useAnswerMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (response: MeetingResponse) => answerMeeting(id, response),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.lists() }),
      ]),
  });
}

export function useRenewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(meetingKeys.feed(), feed),
  });
}
