import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { productInChromium } from '../src/chromium-session';

/** The wall time an instant shows in a zone: `2026-10-24 10:00`. */
function wallTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * A group coordinator schedules a meeting through the form, a member answers "going" and downloads its
 * calendar file, which a real iCalendar parser reads back with the time that was planned.
 */
describe('scheduling a meeting and answering it, in Chromium', () => {
  const session = productInChromium();

  it('a coordinator schedules, a member answers going and downloads the .ics', async () => {
    const coordinator = await session.signIn('coordinator@example.org', 'Demo coordinator');
    const title = `Demo: Peer supervision ${Date.now()}`;
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

    await coordinator.goto(`${session.product.url}/groups/people-who-fear-they-might-offend`);
    await coordinator.getByRole('heading', { name: 'Meetings', level: 2 }).waitFor();
    await coordinator.getByRole('link', { name: 'Schedule a meeting' }).click();
    await coordinator.getByRole('heading', { name: 'Schedule a meeting', level: 1 }).waitFor();
    await coordinator.getByLabel('Title').fill(title);
    await coordinator.getByLabel('Agenda').fill('1. Cases of the month\n2. **Self-care** for helpline staff');
    await coordinator.getByLabel('Starts').fill(`${day}T10:00`);
    await coordinator.getByLabel('Ends').fill(`${day}T11:30`);
    await coordinator.getByLabel('Time zone').selectOption('Europe/Copenhagen');
    await coordinator.getByLabel('Online link').fill('https://meet.example.org/peer-supervision');
    await coordinator.getByLabel('Places').fill('2');
    await coordinator.getByRole('button', { name: 'Schedule', exact: true }).click();
    await coordinator.getByRole('heading', { name: title, level: 1 }).waitFor();
    const meetingPath = new URL(coordinator.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    await coordinator.getByText('Self-care', { exact: true }).waitFor();
    await coordinator.getByText('Nobody has answered yet.').waitFor();

    // A member finds it on their home page and answers.
    const member = await session.signIn('practitioner@example.org', 'Demo practitioner');
    await member.getByRole('heading', { name: 'Your next meetings' }).waitFor();
    await member.getByRole('link', { name: title }).click();
    await member.getByRole('heading', { name: title, level: 1 }).waitFor();
    await member
      .getByText(`Planned in Europe/Copenhagen`, { exact: false })
      .or(member.getByText('Your time (Europe/Copenhagen)'))
      .first()
      .waitFor();
    await member.getByRole('button', { name: 'Going', exact: true }).click();
    await member.getByText('Answer saved.').waitFor();
    await member.getByRole('button', { name: 'Going', pressed: true }).waitFor();
    await member.getByText('Places: 1 of 2 taken', { exact: false }).waitFor();

    // The calendar file: downloaded as the browser does, read back by an iCalendar parser.
    const [download] = await Promise.all([
      member.waitForEvent('download'),
      member.getByRole('link', { name: 'Add to my calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [component] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(component!);
    expect(event.summary).toBe(title);
    expect(event.uid).toContain(meetingPath.split('/').pop());
    expect(wallTime(event.startDate.toJSDate(), 'Europe/Copenhagen')).toBe(`${day} 10:00`);
    expect(wallTime(event.endDate.toJSDate(), 'Europe/Copenhagen')).toBe(`${day} 11:30`);
    expect(component!.getFirstPropertyValue('status')).toBe('CONFIRMED');

    // The organiser sees who comes.
    await coordinator.reload();
    await coordinator.getByRole('row', { name: /Demo practitioner/ }).waitFor();
  });
});
