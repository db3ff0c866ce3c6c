import { Controller, Get, Headers, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  loginSchema,
  passkeySignInSchema,
  registerSchema,
  secondFactorSchema,
  type AuthResponse,
  type LoginRequest,
  type LoginResponse,
  type RegisterRequest,
  type SessionState,
  type User,
  type WebAuthnCeremony,
} from '@pn/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Public, SignedIn } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from './auth-context';
import { ValidBody } from '../../common/validated';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { toUser } from '../users/users.mapper';
import { DevicesService } from '../accounts/devices.service';
import { clearSessionCookies, DEVICE_COOKIE, setDeviceCookie, setSessionCookies } from './auth.cookies';
import { AuthService, type SignedIn as SignedInResult } from './auth.service';
import { SessionsService } from './sessions.service';
import { Errors, Responds } from '../../common/responses';
import {
  authResponseSchema,
  loginResponseSchema,
  sessionStateSchema,
  userSchema,
  webAuthnCeremonySchema,
} from '@pn/shared';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly devices: DevicesService,
    private readonly secondFactor: SecondFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Responds(201, authResponseSchema)
  @Errors(409, 429)
  @Post('register')
  @Public()
  async register(
    @ValidBody(registerSchema) body: RegisterRequest,
    @Headers('user-agent') userAgent: string | undefined,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return this.signIn(await this.auth.register(body, { userAgent, ip }), request, reply, { firstDevice: true });
  }

  /** A session, or, for an account with a second factor, the challenge of the second step (no session yet). */
  @Responds(200, loginResponseSchema)
  @Errors(429)
  @Post('login')
  @Public()
  @HttpCode(200)
  async login(
    @ValidBody(loginSchema) body: LoginRequest,
    @Headers('user-agent') userAgent: string | undefined,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(body, { userAgent, ip });
    return 'secondFactor' in result ? result : this.signIn(result, request, reply);
  }

  @Responds(200, authResponseSchema)
  @Errors(429)
  @Post('login/second-factor')
  @Public()
  @HttpCode(200)
  async secondFactorStep(
    @ValidBody(secondFactorSchema) body: z.output<typeof secondFactorSchema>,
    @Headers('user-agent') userAgent: string | undefined,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return this.signIn(await this.auth.completeSecondFactor(body, { userAgent, ip }), request, reply);
  }

  /** Passwordless sign-in, first step: the options for `navigator.credentials.get()`. */
  @Responds(200, webAuthnCeremonySchema)
  @Errors(429)
  @Post('passkeys/options')
  @Public()
  @HttpCode(200)
  passkeyOptions(@Ip() ip: string): Promise<WebAuthnCeremony> {
    return this.auth.passkeyCeremony({ ip });
  }

  /** Passwordless sign-in, second step: the passkey's assertion for that challenge. */
  @Responds(200, authResponseSchema)
  @Errors(429)
  @Post('passkeys/verify')
  @Public()
  @HttpCode(200)
  async passkeySignIn(
    @ValidBody(passkeySignInSchema) body: z.output<typeof passkeySignInSchema>,
    @Headers('user-agent') userAgent: string | undefined,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return this.signIn(await this.auth.passkeySignIn(body, { userAgent, ip }), request, reply);
  }

  @Responds(204, null)
  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  async logout(@CurrentAuth() auth: Auth, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.end(auth.session.id);
    clearSessionCookies(reply);
  }

  /** The account as stored (its own role, even while a missing second factor withholds it), with its factors. */
  @Responds(200, userSchema)
  @Get('me')
  @SignedIn()
  me(@CurrentAuth() auth: Auth): User {
    return this.currentUser(auth);
  }

  /**
   * Who this browser is signed in as, `{ user }` as `GET /api/auth/me` gives it, or `{ user: null }` for a
   * visitor: asked on every page load, where a visitor is the normal case rather than an error. A bearer
   * token that is not valid is still a 401, as everywhere.
   */
  @Responds(200, sessionStateSchema)
  @Get('session')
  @Public()
  session(@OptionalAuth() auth: Auth | undefined): SessionState {
    return { user: auth ? this.currentUser(auth) : null };
  }

  private currentUser(auth: Auth): User {
    return {
      ...toUser(auth.account),
      secondFactor: this.secondFactor.statusOf(auth.secondFactor, auth.account.role),
    };
  }

  /**
   * Where every completed sign-in ends: the session's cookies, and the device, which is recognised or
   * reported to the member by email as new.
   */
  private async signIn(
    result: SignedInResult,
    request: FastifyRequest,
    reply: FastifyReply,
    options: { firstDevice?: boolean } = {},
  ): Promise<AuthResponse> {
    const device = await this.devices.signedIn(
      result.user,
      {
        deviceCookie: request.cookies[DEVICE_COOKIE],
        userAgent: request.headers['user-agent'],
        ip: request.ip ?? null,
        sessionId: result.session.id,
      },
      options,
    );
    setDeviceCookie(reply, this.config, device);
    setSessionCookies(reply, this.config, {
      token: result.token,
      csrfToken: result.session.csrfToken,
      expiresAt: result.session.expiresAt,
    });
    const secondFactor = await this.secondFactor.status(result.user.id, result.user.role);
    return { token: result.token, user: { ...toUser(result.user), secondFactor } };
  }
}
