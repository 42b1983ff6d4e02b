import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { RequestLimitGuard, type RequestLimits } from '../common/request-limits/request-limits';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AUTH_SETTINGS, AuthService, type AuthSettings } from './auth.service';
import { PasswordHasher, type HashingBounds } from '../common/password-hasher';
import { Sessions } from './sessions';
import { PasswordChecks } from './sign-in-limits';

export interface AuthOptions {
  secret: string;
  ttlSeconds: number;
  hashing: HashingBounds;
  limits: RequestLimits;
}

@Module({})
export class AuthModule {
  static register(options: AuthOptions): DynamicModule {
    // A key object made once: given the secret as a string, jsonwebtoken would try (and fail) to read it
    // as a public key on every request before treating it as a secret, which costs more than the rest of
    // a simple request together.
    const key = createSecretKey(Buffer.from(options.secret, 'utf8'));
    const settings: AuthSettings = { ttlSeconds: options.ttlSeconds };
    return {
      module: AuthModule,
      global: true,
      imports: [UsersModule, JwtModule.register({
        global: true,
        secretOrKeyProvider: () => key,
        signOptions: { expiresIn: options.ttlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      })],
      controllers: [AuthController],
      providers: [
        AuthService, Sessions, PasswordChecks,
        { provide: PasswordHasher, useValue: new PasswordHasher(options.hashing) },
        { provide: AUTH_SETTINGS, useValue: settings },
        // In this order: a client past its limit is turned away before its token is even read.
        {
          provide: APP_GUARD, inject: [Reflector, DataSource],
          useFactory: (reflector: Reflector, dataSource: DataSource) => new RequestLimitGuard(reflector, dataSource, options.limits),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AuthService, PasswordHasher],
    };
  }
}
