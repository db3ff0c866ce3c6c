import { Controller, Get, Headers, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import {
  loginSchema,
  registerSchema,
  type AuthResponse,
  type LoginRequest,
  type RegisterRequest,
  type User,
} from '@pn/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentAuth, Public, SignedIn, type Auth } from '../../common/access';
import { ValidBody } from '../../common/validated';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { toUser } from '../users/users.mapper';
import { DevicesService } from '../accounts/devices.service';
import { clearSessionCookies, DEVICE_COOKIE, setDeviceCookie, setSessionCookies } from './auth.cookies';
import { LoginThrottlerGuard } from './login-throttle';
import { AuthService, type SignedIn as SignedInResult } from './auth.service';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly devices: DevicesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ account: true })
  async register(
    @ValidBody(registerSchema) body: RegisterRequest,
    @Headers('user-agent') userAgent: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return this.signIn(await this.auth.register(body, userAgent), request, reply, { firstDevice: true });
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  async login(
    @ValidBody(loginSchema) body: LoginRequest,
    @Headers('user-agent') userAgent: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return this.signIn(await this.auth.login(body, userAgent), request, reply);
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  async logout(@CurrentAuth() auth: Auth, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.end(auth.session.id);
    clearSessionCookies(reply);
  }

  @Get('me')
  @SignedIn()
  me(@CurrentAuth() auth: Auth): User {
    return toUser(auth.user);
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
    return { token: result.token, user: toUser(result.user) };
  }
}
