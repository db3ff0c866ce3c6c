/** Limits that the backend enforces and the frontend's forms show; one place for both. */
export const LIMITS = {
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 128,
  displayNameMax: 100,
  organisationMax: 200,
  languagesMax: 20,
  reasonMax: 1000,
  pageDefault: 20,
  pageMax: 100,
  /** Largest JSON body the API accepts, in bytes. */
  jsonBodyBytes: 1024 * 1024,
} as const;
