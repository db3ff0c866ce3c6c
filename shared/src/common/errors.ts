/** The shape of every error the API answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}
