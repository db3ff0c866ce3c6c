/** The shape of every error the API answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** A stable name for errors a client acts on (e.g. `second-factor-enrolment-required`). */
  code?: string;
}
