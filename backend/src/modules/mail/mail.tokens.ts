/** The job queue instance (pg-boss), started with the application and stopped with it. */
export const JOB_QUEUE = Symbol('JOB_QUEUE');
/** The SMTP transport; null when no SMTP server is configured (nothing is sent, jobs wait). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
