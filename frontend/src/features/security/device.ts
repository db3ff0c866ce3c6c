import Bowser from 'bowser';

export interface Device {
  browser: string | null;
  os: string | null;
}

/** The browser and system a session signed in from, read from its user agent; nulls when unknown. */
export function deviceOf(userAgent: string | null): Device {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  const model = parsed.platform.model;
  const os = model && /^(iPhone|iPad)$/.test(model) ? model : (parsed.os.name ?? null);
  const version = parsed.os.versionName;
  return {
    browser: parsed.browser.name ?? null,
    os: os && version && os === 'Windows' ? `${os} ${version}` : os,
  };
}
