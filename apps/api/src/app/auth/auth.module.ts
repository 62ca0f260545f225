import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsBootstrap } from './accounts-bootstrap.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { CurrentSessionService } from './current-session.service';
import { LoginService } from './login.service';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts, sessions and the global AuthGuard that every route passes. */
@Global()
@Module({
  controllers: [AuthController, UsersController],
  providers: [
    SessionsService,
    CurrentSessionService,
    LoginService,
    UsersService,
    AccountsBootstrap,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, CurrentSessionService],
})
export class AuthModule {}
