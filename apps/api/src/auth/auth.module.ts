import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';

@Module({})
export class AuthModule {
  static register(options: { secret: string; ttlSeconds: number }): DynamicModule {
    return {
      module: AuthModule,
      imports: [JwtModule.register({ global: true, secret: options.secret, signOptions: { expiresIn: options.ttlSeconds } })],
      controllers: [AuthController],
      providers: [AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AuthService],
    };
  }
}
