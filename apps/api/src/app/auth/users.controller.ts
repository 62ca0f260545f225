import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parsePathId } from '../params/problems';
import { Access } from './access.decorator';
import { Scope, type AccessScope } from './access-scope';
import { ApiDeclaredBody, DeclaredBody } from '../params/declared-body';
import { UserDto, UserListDto } from './users.dto';
import {
  newUserBody,
  passwordResetBody,
  userUpdateBody,
  type NewUserInput,
  type PasswordReset,
  type UserUpdateInput,
} from './users-body';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Access('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every account (admins only)' })
  @ApiOkResponse({ type: UserListDto })
  list(): Promise<UserListDto> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an account' })
  @ApiDeclaredBody(newUserBody, {
    badRequest: 'Bad username, short password, no regions for a non-admin',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@Body(new DeclaredBody(newUserBody)) input: NewUserInput): Promise<UserDto> {
    return this.users.create(input);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change role, regions, or disable (ends their sessions)' })
  @ApiDeclaredBody(userUpdateBody)
  @ApiOkResponse({ type: UserDto })
  update(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Body(new DeclaredBody(userUpdateBody)) input: UserUpdateInput,
  ): Promise<UserDto> {
    return this.users.update(access, parsePathId('user', id), input);
  }

  @Post(':id/password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Set a new password (ends their sessions)' })
  @ApiDeclaredBody(passwordResetBody)
  @ApiOkResponse({ type: UserDto })
  resetPassword(
    @Param('id') id: string,
    @Body(new DeclaredBody(passwordResetBody)) { password }: PasswordReset,
  ): Promise<UserDto> {
    return this.users.resetPassword(parsePathId('user', id), password);
  }
}
