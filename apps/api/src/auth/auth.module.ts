import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { UsersModule } from '../users/users.module';

@Module({})
export class AuthModule {
  static register(options: { secret: string; ttlSeconds: number }): DynamicModule {
    // A key object made once: given the secret as a string, jsonwebtoken would try (and fail) to read it
    // as a public key on every request before treating it as a secret, which costs more than the rest of
    // a simple request together.
    const key = createSecretKey(Buffer.from(options.secret, 'utf8'));
    return {
      module: AuthModule,
      imports: [UsersModule, JwtModule.register({
        global: true,
        secretOrKeyProvider: () => key,
        signOptions: { expiresIn: options.ttlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      })],
      controllers: [AuthController],
      providers: [AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AuthService],
    };
  }
}
